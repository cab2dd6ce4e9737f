/// Script identity, start/stop scripts and notification FIFOs of `global_defs` (Docs/Keepalived.md §6.3).
extension GlobalDefinitionsKeywords {
    static let scripts: [GlobalKeyword] = [
        GlobalKeyword("script_user") { globals, node, context in
            guard let user = context.argument(node) else { return }
            globals.scripts.user = user.text
            if node.arguments.count > 1 {
                let group = node.arguments[1].text
                globals.scripts.group = group.hasPrefix(":") ? String(group.dropFirst()) : group
            }
            context.ignoreExtraArguments(node, after: 2)
        },
        GlobalKeyword("enable_script_security") { globals, node, context in
            context.ignoreExtraArguments(node, after: 0)
            globals.scripts.enableScriptSecurity = true
        },
        GlobalKeyword("startup_script") { globals, node, context in
            if let script = context.script(node) { globals.scripts.startupScript = script }
        },
        GlobalKeyword("startup_script_timeout") { globals, node, context in
            if let seconds = context.integer(node, in: 1...1000) {
                globals.scripts.startupScriptTimeout = .seconds(seconds)
            }
        },
        GlobalKeyword("shutdown_script") { globals, node, context in
            if let script = context.script(node) { globals.scripts.shutdownScript = script }
        },
        GlobalKeyword("shutdown_script_timeout") { globals, node, context in
            if let seconds = context.integer(node, in: 1...1000) {
                globals.scripts.shutdownScriptTimeout = .seconds(seconds)
            }
        },
    ]

    static let fifos: [GlobalKeyword] = [
        fifo("notify_fifo", \.all),
        fifoScript("notify_fifo_script", \.all),
        fifo("vrrp_notify_fifo", \.vrrp),
        fifoScript("vrrp_notify_fifo_script", \.vrrp),
        fifo("lvs_notify_fifo", \.lvs),
        fifoScript("lvs_notify_fifo_script", \.lvs),
        GlobalKeyword("fifo_write_vrrp_states_on_reload") { globals, _, _ in
            globals.fifos.writeVRRPStatesOnReload = true
        },
    ]

    private typealias FIFOPath = WritableKeyPath<NotifyFIFOSettings, NotifyFIFO?> & Sendable

    private static func fifo(_ name: String, _ field: FIFOPath) -> GlobalKeyword {
        GlobalKeyword(name) { globals, node, context in
            guard let path = context.argument(node) else { return }
            var fifo = NotifyFIFO(path: path.text)
            fifo.script = globals.fifos[keyPath: field]?.script
            if node.arguments.count > 1 { fifo.user = node.arguments[1].text }
            if node.arguments.count > 2 { fifo.group = node.arguments[2].text }
            globals.fifos[keyPath: field] = fifo
        }
    }

    private static func fifoScript(_ name: String, _ field: FIFOPath) -> GlobalKeyword {
        GlobalKeyword(name) { globals, node, context in
            guard let script = context.script(node) else { return }
            // keepalived keeps the script even when the FIFO line comes later; vigil attaches it then.
            var fifo = globals.fifos[keyPath: field] ?? NotifyFIFO(path: "")
            fifo.script = script
            globals.fifos[keyPath: field] = fifo
        }
    }
}
