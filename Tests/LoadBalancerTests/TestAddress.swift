import LoadBalancer
import NetworkPrimitives

/// Parses an address literal in a test; a typo yields 0.0.0.0, which the expectations then catch.
func ip(_ text: String) -> IPAddress { IPAddress(text) ?? .v4(IPv4Address(0)) }

func web(_ last: Int, port: UInt16 = 80, weight: Int = 1, inhibit: Bool = false, alive: Bool = true)
    -> RealServerDefinition
{
    RealServerDefinition(
        address: ip("10.0.1.\(last)"), port: port, weight: weight, inhibitOnFailure: inhibit, initiallyAlive: alive)
}

let vip = ip("10.0.0.100")
