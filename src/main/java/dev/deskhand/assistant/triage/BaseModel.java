package dev.deskhand.assistant.triage;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The intent model trained from the committed training set, once per JVM on first use (a
 * few seconds; the time is logged).
 */
public final class BaseModel {

	private static final Logger log = LoggerFactory.getLogger(BaseModel.class);

	private static volatile IntentModel model;

	private static volatile List<IntentModel.Labelled> examples;

	private BaseModel() {
	}

	/** The base model, trained now if it was not yet. */
	public static IntentModel get() {
		IntentModel m = model;
		if (m == null) {
			synchronized (BaseModel.class) {
				m = model;
				if (m == null) {
					long start = System.nanoTime();
					List<IntentModel.Labelled> labelled = examples();
					long read = System.nanoTime();
					m = IntentModel.train(labelled);
					model = m;
					log.info("Trained the triage intent model on {} labelled e-mails in {} ms ({} ms reading them)",
							m.examples(), (System.nanoTime() - start) / 1_000_000, (read - start) / 1_000_000);
				}
			}
		}
		return m;
	}

	/** The training set's mail as labelled features (weight 1), in id order. */
	public static List<IntentModel.Labelled> examples() {
		List<IntentModel.Labelled> e = examples;
		if (e == null) {
			synchronized (BaseModel.class) {
				e = examples;
				if (e == null) {
					e = TrainingSet.load()
						.stream()
						.map(t -> new IntentModel.Labelled(
								Triager.features(t.mail().subject(), MailParts.of(t.mail().body())), t.intent(), 1.0))
						.toList();
					examples = e;
				}
			}
		}
		return e;
	}

}
