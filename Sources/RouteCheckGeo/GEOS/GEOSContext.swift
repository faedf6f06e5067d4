import CGEOS

/// One GEOS reentrant context (`GEOS_init_r` … `GEOS_finish_r`) with an error handler that keeps
/// the last message. A context is used by one thread at a time: RouteCheck creates one per
/// operation or per ``PreparedGeometry``, never shares one between tasks.
final class GEOSContext {
    let handle: OpaquePointer
    private let messages = MessageBox()

    init() throws(GeometryError) {
        guard let handle = GEOS_init_r() else {
            throw .geos(operation: "init", message: "GEOS_init_r returned no context")
        }
        self.handle = handle
        let box = Unmanaged.passUnretained(messages).toOpaque()
        GEOSContext_setErrorMessageHandler_r(
            handle,
            { message, userData in
                guard let message, let userData else { return }
                Unmanaged<MessageBox>.fromOpaque(userData).takeUnretainedValue().lastError = String(cString: message)
            }, box)
        GEOSContext_setNoticeMessageHandler_r(handle, { _, _ in }, nil)
    }

    deinit { GEOS_finish_r(handle) }

    /// Builds the error for a failed call, with GEOS's last message if it left one.
    func failure(_ operation: String) -> GeometryError {
        let message = messages.lastError ?? "no message"
        messages.lastError = nil
        return .geos(operation: operation, message: message)
    }

    /// Takes ownership of a GEOS geometry, or throws the context's error when it is nil.
    func own(_ pointer: OpaquePointer?, _ operation: String) throws(GeometryError) -> GEOSGeometryHandle {
        guard let pointer else { throw failure(operation) }
        return GEOSGeometryHandle(context: self, pointer: pointer)
    }

    /// Interprets a GEOS predicate result (1 true, 0 false, 2 exception).
    func predicate(_ result: CChar, _ operation: String) throws(GeometryError) -> Bool {
        switch result {
        case 1: return true
        case 0: return false
        default: throw failure(operation)
        }
    }
}

private final class MessageBox {
    var lastError: String?
}

/// A GEOS geometry owned by Swift: destroyed with its context's handle when released.
/// Keeps its context alive so the geometry never outlives it.
final class GEOSGeometryHandle {
    let context: GEOSContext
    let pointer: OpaquePointer

    init(context: GEOSContext, pointer: OpaquePointer) {
        self.context = context
        self.pointer = pointer
    }

    deinit { GEOSGeom_destroy_r(context.handle, pointer) }
}
