package dev.deskhand.documents;

import dev.deskhand.shared.SensitiveRead;
import dev.deskhand.shared.SensitiveReadLog;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/** Stands in for the audit module's log until it is merged; delete this class then. */
@Component
class SensitiveReadsForTests implements SensitiveReadLog {
	final List<SensitiveRead> reads = new CopyOnWriteArrayList<>();

	@Override
	public void record(SensitiveRead read) {
		reads.add(read);
	}
}
