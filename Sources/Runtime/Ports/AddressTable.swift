import Engine
import NetworkPrimitives

/// The kernel's interface addresses, as far as virtual addresses are concerned.
public protocol AddressTable: Sendable {
    /// Installs an address; an address that is already there is not an error.
    func add(_ address: VirtualAddress) async throws
    /// Removes an address; an address that is not there is not an error.
    func remove(_ address: VirtualAddress) async throws
    /// The addresses currently on an interface.
    func addresses(on interface: InterfaceName) async throws -> [IPPrefix]
}
