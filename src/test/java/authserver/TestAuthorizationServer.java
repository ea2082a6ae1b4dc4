package authserver;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A real OAuth 2.0 authorization server for tests: Spring Authorization Server (part of
 * Spring Security 7) as its own small Spring Boot application on a random port, in a
 * package of its own so that neither Deskhand's component scan nor Spring Modulith sees
 * it, and without auto-configuration (it would pick up Deskhand's database, mail and
 * module settings): a servlet container, Spring Security, one registered client, one
 * form-login user, consent required, PKCE required, OpenID Connect for the ID token.
 * <p>
 * Access tokens are opaque ("reference") tokens, and every one issued is handed to
 * {@link Settings#onAccessToken}: a test makes it the mailbox user's GreenMail password,
 * so GreenMail's XOAUTH2 accepts exactly the tokens this server issued.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableWebSecurity
public class TestAuthorizationServer {

	/**
	 * What to register.
	 *
	 * @param usernames the users who can sign in, all with {@code password} (one per test
	 * that goes through consent: the server remembers a user's consent)
	 * @param email the e-mail put into ID tokens
	 * @param onAccessToken called with the user name and each access token issued
	 */
	public record Settings(String redirectUri, String clientId, String clientSecret, Set<String> scopes,
			List<String> usernames, String password, String email, BiConsumer<String, String> onAccessToken) {
	}

	/**
	 * Starts the server; close the result when done. The issuer is
	 * {@code http://localhost:PORT}: a different host from Deskhand's 127.0.0.1 in the
	 * browser, so the two sites' session cookies stay apart.
	 */
	public static Running start(Settings settings) {
		SpringApplication app = new SpringApplication(TestAuthorizationServer.class);
		app.setWebApplicationType(WebApplicationType.SERVLET);
		app.setBannerMode(Banner.Mode.OFF);
		app.setLogStartupInfo(false);
		app.setRegisterShutdownHook(false);
		// Deskhand's test context already set up logging in this JVM: leave it alone
		app.setListeners(app.getListeners().stream().filter(l -> !(l instanceof LoggingApplicationListener)).toList());
		app.addInitializers(context -> context.getBeanFactory().registerSingleton("settings", settings));
		// no application.properties of Deskhand's: this is another application
		ConfigurableApplicationContext context = app.run("--spring.config.name=test-authorization-server");
		int port = ((ServletWebServerApplicationContext) context).getWebServer().getPort();
		return new Running(context, "http://localhost:" + port, context.getBean(GrantLog.class));
	}

	/** A started server. */
	public record Running(ConfigurableApplicationContext context, String issuer,
			GrantLog grants) implements AutoCloseable {

		public String authorizationUri() {
			return issuer + "/oauth2/authorize";
		}

		public String tokenUri() {
			return issuer + "/oauth2/token";
		}

		@Override
		public void close() {
			context.close();
		}

	}

	/**
	 * What happened at the token endpoint: each request's grant type, and each refresh
	 * token issued (for checking it is not stored in clear).
	 */
	public static final class GrantLog {

		public final List<String> grantTypes = new CopyOnWriteArrayList<>();

		public final List<String> refreshTokens = new CopyOnWriteArrayList<>();

		public final List<String> accessTokens = new CopyOnWriteArrayList<>();

	}

	@Bean
	TomcatServletWebServerFactory webServer() {
		TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
		// no Spring MVC here: every endpoint is a Spring Security filter, and Tomcat runs
		// filters only for a request some servlet is mapped to
		factory.getSettings().setRegisterDefaultServlet(true);
		factory.getSettings().getSession().getCookie().setName("AUTHSERVER_SESSION");
		return factory;
	}

	@Bean
	GrantLog grantLog() {
		return new GrantLog();
	}

	/** Notes the grant type of each token request (never its secrets). */
	@Bean
	OncePerRequestFilter tokenRequests(GrantLog log) {
		return new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if (request.getRequestURI().equals("/oauth2/token") && request.getParameter("grant_type") != null) {
					log.grantTypes.add(request.getParameter("grant_type"));
				}
				chain.doFilter(request, response);
			}
		};
	}

	@Bean
	@Order(1)
	SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
		http.oauth2AuthorizationServer(server -> {
			http.securityMatcher(server.getEndpointsMatcher());
			server.oidc(Customizer.withDefaults());
		})
			.authorizeHttpRequests(a -> a.anyRequest().authenticated())
			.exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
					new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain signIn(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(a -> a.anyRequest().authenticated()).formLogin(Customizer.withDefaults());
		return http.build();
	}

	@Bean
	UserDetailsService users(Settings settings) {
		return new InMemoryUserDetailsManager(settings.usernames()
			.stream()
			.map(name -> User.withUsername(name).password("{noop}" + settings.password()).roles("USER").build())
			.toList());
	}

	@Bean
	RegisteredClientRepository clients(Settings settings) {
		RegisteredClient client = RegisteredClient.withId(UUID.randomUUID().toString())
			.clientId(settings.clientId())
			.clientSecret("{noop}" + settings.clientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
			.redirectUri(settings.redirectUri())
			.scopes(s -> s.addAll(settings.scopes()))
			.clientSettings(ClientSettings.builder().requireAuthorizationConsent(true).requireProofKey(true).build())
			.tokenSettings(TokenSettings.builder()
				.accessTokenFormat(OAuth2TokenFormat.REFERENCE)
				.accessTokenTimeToLive(Duration.ofHours(1))
				.reuseRefreshTokens(false)
				.build())
			.build();
		return new InMemoryRegisteredClientRepository(client);
	}

	/** Hands every access token issued to the test, and logs the refresh tokens. */
	@Bean
	OAuth2AuthorizationService authorizations(Settings settings, GrantLog log) {
		InMemoryOAuth2AuthorizationService memory = new InMemoryOAuth2AuthorizationService();
		return new OAuth2AuthorizationService() {

			@Override
			public void save(OAuth2Authorization authorization) {
				memory.save(authorization);
				OAuth2Authorization.Token<?> access = authorization.getAccessToken();
				if (access != null && !log.accessTokens.contains(access.getToken().getTokenValue())) {
					log.accessTokens.add(access.getToken().getTokenValue());
					settings.onAccessToken()
						.accept(authorization.getPrincipalName(), access.getToken().getTokenValue());
				}
				OAuth2Authorization.Token<?> refresh = authorization.getRefreshToken();
				if (refresh != null && !log.refreshTokens.contains(refresh.getToken().getTokenValue())) {
					log.refreshTokens.add(refresh.getToken().getTokenValue());
				}
			}

			@Override
			public void remove(OAuth2Authorization authorization) {
				memory.remove(authorization);
			}

			@Override
			public @Nullable OAuth2Authorization findById(String id) {
				return memory.findById(id);
			}

			@Override
			public @Nullable OAuth2Authorization findByToken(String token, @Nullable OAuth2TokenType tokenType) {
				return memory.findByToken(token, tokenType);
			}

		};
	}

	/** The user's e-mail in ID tokens, as Microsoft and Google put it there. */
	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> idTokenEmail(Settings settings) {
		return context -> {
			if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
				context.getClaims().claim("email", settings.email());
			}
		};
	}

	@Bean
	JWKSource<SecurityContext> keys() throws NoSuchAlgorithmException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		var pair = generator.generateKeyPair();
		RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
			.keyID(UUID.randomUUID().toString())
			.build();
		return new ImmutableJWKSet<>(new JWKSet(key));
	}

	@Bean
	JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
		return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
	}

	@Bean
	AuthorizationServerSettings authorizationServerSettings() {
		return AuthorizationServerSettings.builder().build();
	}

}
