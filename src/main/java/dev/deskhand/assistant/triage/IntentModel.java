package dev.deskhand.assistant.triage;

import dev.deskhand.assistant.Intent;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * The intent classifier: a multinomial logistic regression (Tribuo's linear SGD with
 * AdaGrad) over {@link Features}. Trained in-process from labelled mail in a fixed order
 * with a fixed seed, so the same examples always give the same model; the confidence is
 * the model's probability of the intent it picks.
 */
public final class IntentModel {

	/** Passes over the examples. */
	static final int EPOCHS = 14;

	static final long SEED = 20261204L;

	private static final Logger TRIBUO_LOG = Logger.getLogger("org.tribuo");

	private static final String[] NAMES = new String[1 << Features.BITS];

	private static final LabelFactory LABELS = new LabelFactory();

	static {
		TRIBUO_LOG.setLevel(Level.WARNING);
	}

	/**
	 * One labelled mail's features, with its weight (a person's correction counts more).
	 */
	public record Labelled(Features.Vector features, Intent intent, double weight) {
	}

	/** The intent the model picks and its probability. */
	public record Guess(Intent intent, double confidence) {
	}

	private final Model<Label> model;

	private final int examples;

	private IntentModel(Model<Label> model, int examples) {
		this.model = model;
		this.examples = examples;
	}

	/** Trains on the examples in the order given (give them sorted). */
	public static IntentModel train(List<Labelled> labelled) {
		if (labelled.isEmpty()) {
			throw new IllegalArgumentException("No labelled mail to train the intent model on");
		}
		MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("deskhand-triage", LABELS),
				LABELS);
		for (Labelled l : labelled) {
			Example<Label> e = example(new Label(l.intent().code()), l.features());
			e.setWeight((float) l.weight());
			data.add(e);
		}
		LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.5, 0.1), EPOCHS,
				Integer.MAX_VALUE, 1, SEED);
		return new IntentModel(trainer.train(data), labelled.size());
	}

	/** The intent of a mail with these features. */
	public Guess predict(Features.Vector features) {
		Prediction<Label> p = model.predict(example(LabelFactory.UNKNOWN_LABEL, features));
		String best = p.getOutput().getLabel();
		Map<String, Label> scores = p.getOutputScores();
		Label scored = scores.get(best);
		double confidence = scored == null ? p.getOutput().getScore() : scored.getScore();
		return new Guess(Intent.parse(best), Math.max(0, Math.min(1, confidence)));
	}

	/** How many labelled mails it was trained on. */
	public int examples() {
		return examples;
	}

	private static Example<Label> example(Label label, Features.Vector v) {
		String[] names = new String[v.index().length];
		for (int i = 0; i < names.length; i++) {
			names[i] = name(v.index()[i]);
		}
		return new ArrayExample<>(label, names, v.value().clone());
	}

	private static String name(int index) {
		String n = NAMES[index];
		if (n == null) {
			char[] c = { 'f', '0', '0', '0', '0', '0', '0' };
			int x = index;
			for (int i = 6; i > 0; i--) {
				c[i] = (char) ('0' + x % 10);
				x /= 10;
			}
			n = new String(c);
			NAMES[index] = n;
		}
		return n;
	}

}
