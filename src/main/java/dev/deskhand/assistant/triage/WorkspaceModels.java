package dev.deskhand.assistant.triage;

import dev.deskhand.shared.WorkspaceId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Each workspace's intent model: the base model until a person corrected a label there,
 * then one trained on the base set and the workspace's labels (each weighted
 * {@value #LABEL_WEIGHT} times, so a team's own mail outweighs the generic examples).
 * Rebuilt off the request, one at a time, after a correction; until it is ready the
 * previous model answers. Another instance's corrections are picked up within
 * {@value #RECHECK_MINUTES} minutes.
 */
@Component
public class WorkspaceModels implements DisposableBean {

	static final double LABEL_WEIGHT = 3.0;

	static final int RECHECK_MINUTES = 10;

	private static final Logger log = LoggerFactory.getLogger(WorkspaceModels.class);

	private final TriageStore store;

	private final Map<WorkspaceId, Entry> models = new ConcurrentHashMap<>();

	private final Map<WorkspaceId, Boolean> building = new ConcurrentHashMap<>();

	private final ExecutorService builder = Executors.newSingleThreadExecutor(Thread.ofVirtual().factory());

	private record Entry(IntentModel model, long labels, long checkedAt) {
	}

	WorkspaceModels(TriageStore store) {
		this.store = store;
	}

	/** The model triage of this workspace's mail uses now. */
	public IntentModel model(WorkspaceId workspace) {
		Entry e = models.get(workspace);
		long now = System.nanoTime();
		if (e == null) {
			long labels = store.labelCount(workspace);
			e = new Entry(BaseModel.get(), 0, now);
			models.put(workspace, e);
			if (labels > 0) {
				rebuildLater(workspace);
			}
		}
		else if (now - e.checkedAt() > RECHECK_MINUTES * 60_000_000_000L) {
			models.put(workspace, new Entry(e.model(), e.labels(), now));
			if (store.labelCount(workspace) != e.labels()) {
				rebuildLater(workspace);
			}
		}
		return e.model();
	}

	/**
	 * Rebuilds the workspace's model in the background (after a correction committed).
	 */
	public void rebuildLater(WorkspaceId workspace) {
		if (building.putIfAbsent(workspace, Boolean.TRUE) != null) {
			return;
		}
		builder.execute(() -> {
			try {
				building.remove(workspace);
				rebuild(workspace);
			}
			catch (RuntimeException ex) {
				log.warn("Could not retrain the triage model of workspace {}", workspace.value(), ex);
			}
		});
	}

	/** Trains the workspace's model now (the base one when it has no labels). */
	public IntentModel rebuild(WorkspaceId workspace) {
		List<TriageStore.Label> labels = store.labels(workspace);
		IntentModel model;
		if (labels.isEmpty()) {
			model = BaseModel.get();
		}
		else {
			long start = System.nanoTime();
			List<IntentModel.Labelled> examples = new ArrayList<>(BaseModel.examples());
			for (TriageStore.Label l : labels) {
				examples.add(new IntentModel.Labelled(Triager.features(l.subject(), MailParts.of(l.body())), l.intent(),
						LABEL_WEIGHT));
			}
			model = IntentModel.train(examples);
			log.info("Retrained the triage model of workspace {} with {} labels in {} ms", workspace.value(),
					labels.size(), (System.nanoTime() - start) / 1_000_000);
		}
		models.put(workspace, new Entry(model, labels.size(), System.nanoTime()));
		return model;
	}

	@Override
	public void destroy() {
		builder.shutdownNow();
	}

}
