/// Generates a large, valid configuration: instances spread over four interfaces (VRIDs 1-250 each),
/// virtual servers with TCP_CHECK real servers.
enum BenchmarkConfiguration {
    static func text(instances: Int, virtualServers: Int, realServersEach: Int) -> String {
        var text = "global_defs {\n    router_id bench\n    dynamic_interfaces\n}\n\n"
        text.reserveCapacity(virtualServers * (260 + realServersEach * 120))
        for index in 0..<instances {
            text += instance(index)
        }
        for index in 0..<virtualServers {
            text += virtualServer(index, realServers: realServersEach)
        }
        return text
    }

    private static func instance(_ index: Int) -> String {
        """
        vrrp_instance VI_\(index) {
            state BACKUP
            interface bench\(index / 250)
            virtual_router_id \(index % 250 + 1)
            priority \(100 + index % 50)
            advert_int 1
            virtual_ipaddress {
                10.\(200 + index / 250).\(index % 250).1/32
            }
        }

        """
    }

    private static func virtualServer(_ index: Int, realServers: Int) -> String {
        var text = """
            virtual_server 172.\(16 + index / 60_000).\(index / 250 % 240).\(index % 250 + 1) \(80 + index % 3) {
                delay_loop 6
                lb_algo wrr
                lb_kind NAT
                protocol TCP

            """
        for server in 0..<realServers {
            text += """
                    real_server 192.168.\(index / 250 % 250).\(server * 60 + index % 60 + 1) 8080 {
                        weight \(server + 1)
                        TCP_CHECK {
                            connect_timeout 3
                        }
                    }

                """
        }
        return text + "}\n\n"
    }
}
