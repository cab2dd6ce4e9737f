import Engine
import Netlink
import NetworkPrimitives
import Runtime

/// `AddressTable` over rtnetlink (Docs/Keepalived.md §3.13); add and remove are idempotent.
package struct NetlinkVirtualAddressTable: AddressTable {
    /// The address names an interface the host does not have.
    package struct UnknownInterface: Error, CustomStringConvertible {
        package var name: InterfaceName
        package var description: String { "interface \(name) does not exist" }
    }

    let table: NetlinkAddressTable
    let directory: InterfaceDirectory

    /// A table changing addresses through `table`, finding interfaces in `directory`.
    package init(table: NetlinkAddressTable, directory: InterfaceDirectory) {
        self.table = table
        self.directory = directory
    }

    package func add(_ address: VirtualAddress) async throws {
        try retryingOnce { _ = try table.add(try message(address)) }
    }

    package func remove(_ address: VirtualAddress) async throws {
        try retryingOnce { _ = try table.remove(try message(address)) }
    }

    /// The interface's index may come from the directory's cache: a request refused for an index that
    /// is gone is tried once more with the index asked of the kernel.
    private func retryingOnce(_ request: () throws -> Void) throws {
        do {
            try request()
        } catch where InterfaceLinkCache.isStaleIndexError(error) {
            directory.linkCache.forget()
            try request()
        }
    }

    package func addresses(on interface: InterfaceName) async throws -> [IPPrefix] {
        let index = try directory.index(of: interface)
        return try table.addresses(interfaceIndex: index).compactMap(\.prefix)
    }

    /// The RTM_NEWADDR/RTM_DELADDR body for `address`.
    func message(_ address: VirtualAddress) throws -> AddressMessage {
        let index: InterfaceIndex
        do {
            index = try directory.cachedLink(named: address.interface).index
        } catch {
            throw UnknownInterface(name: address.interface)
        }
        return Self.message(address, interfaceIndex: index)
    }

    static func message(_ address: VirtualAddress, interfaceIndex: InterfaceIndex) -> AddressMessage {
        var flags: AddressFlags = []
        if !address.addsPrefixRoute { flags.insert(.noPrefixRoute) }
        let prefix = IPPrefix(address: address.address, length: address.peer?.length ?? address.prefix.length)
        var message = AddressMessage.virtualAddress(
            prefix, interfaceIndex: interfaceIndex, label: address.label, scope: AddressScope(rawValue: address.scope),
            broadcast: address.broadcast, peer: address.peer?.address, noDAD: address.skipsDuplicateAddressDetection,
            extraFlags: flags)
        if address.prefix.family == .inet6 {
            let preferred = address.isDeprecated ? 0 : AddressCacheInfo.forever
            message.cacheInfo = AddressCacheInfo(preferredLifetime: preferred, validLifetime: AddressCacheInfo.forever)
        }
        return message
    }
}
