import Engine
import NetworkPrimitives
import Testing
import VRRP

/// VI_1 on eth0, VRID 51, priority 150, alone on its link: it becomes MASTER after Master_Down_Interval.
func loneInstanceEngine() throws -> VRRPEngine {
    let vip = try #require(IPPrefix("10.99.0.100/24"))
    let vrrp = VRRPInstanceConfiguration(
        name: "VI_1", virtualRouterID: 51, version: .v2, interface: "eth0", priority: 150, virtualAddresses: [vip],
        sourceAddress: IPAddress("10.99.0.2"))
    let instance = EngineInstance(vrrp: vrrp, addresses: [VirtualAddress(prefix: vip, interface: "eth0")])
    return VRRPEngine(configuration: EngineConfiguration(instances: [instance]), linkStates: ["eth0": true])
}
