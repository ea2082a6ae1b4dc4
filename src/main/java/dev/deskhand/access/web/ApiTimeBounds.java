package dev.deskhand.access.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Dates and times in request bodies lie within the years 1 to 9999. Java reads
 * {@code +999999999-12-31T23:59:59Z} as an instant, but neither the database nor
 * {@code java.sql.Timestamp} holds it: such a value failed deep in a repository with a
 * 500. Refused while reading the body, it is a 400 naming the field, like any other value
 * of the wrong form.
 */
@Configuration(proxyBeanMethods = false)
class ApiTimeBounds {

	static final Instant FIRST = OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).toInstant();

	static final Instant LAST = OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_999, ZoneOffset.UTC).toInstant();

	@Bean
	JacksonModule timesWithinStorableYears() {
		SimpleModule module = new SimpleModule("deskhand-time-bounds");
		module.setDeserializerModifier(new ValueDeserializerModifier() {
			@Override
			public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
					BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
				Class<?> type = description.getBeanClass();
				return type == Instant.class || type == LocalDate.class || type == OffsetDateTime.class
						? new Bounded(deserializer, type) : deserializer;
			}
		});
		return module;
	}

	static boolean storable(Object value) {
		return switch (value) {
			case Instant i -> !i.isBefore(FIRST) && !i.isAfter(LAST);
			case LocalDate d -> d.getYear() >= 1 && d.getYear() <= 9999;
			case OffsetDateTime t -> storable(t.toInstant());
			default -> true;
		};
	}

	/** Reads as before, then refuses a value outside the years 1 to 9999. */
	static final class Bounded extends DelegatingDeserializer {

		private final Class<?> type;

		Bounded(ValueDeserializer<?> delegate, Class<?> type) {
			super(delegate);
			this.type = type;
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
			return new Bounded(delegate, type);
		}

		@Override
		public Object deserialize(JsonParser p, DeserializationContext ctxt) {
			Object value = super.deserialize(p, ctxt);
			if (value != null && !storable(value)) {
				throw InvalidFormatException.from(p, "Outside the years 1 to 9999", p.getString(), type);
			}
			return value;
		}

	}

}
