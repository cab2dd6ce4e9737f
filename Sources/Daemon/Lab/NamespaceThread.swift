import CNetShim
import Foundation
import Glibc

/// Runs a closure on a new thread that has first entered a named network namespace. `setns` changes
/// only the calling thread, so sockets that closure opens live in that namespace while the rest of
/// the process stays where it was.
public enum NamespaceThread {
    public static func start(namespace: String, name: String, _ body: @escaping @Sendable () -> Void) {
        let thread = Thread {
            let fd = open("/run/netns/" + namespace, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { return }
            let entered = vigil_enter_network_namespace(fd) == 0
            close(fd)
            if entered { body() }
        }
        thread.name = name
        thread.start()
    }
}
