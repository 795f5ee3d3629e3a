// The real worker entry, made to die shortly after start: stands in for a native crash.
import '../../../electron/core/host/worker-entry';

setTimeout(() => process.exit(70), Number(process.env.CVAULT_TEST_DIE_AFTER_MS ?? 150));
