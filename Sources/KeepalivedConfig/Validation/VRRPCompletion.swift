/// What keepalived does once the whole file is read (`vrrp_complete_init`): resolve sync groups,
/// complete every instance, check VRIDs for conflicts and report unused scripts.
enum VRRPCompletion {
    static func complete(_ draft: inout ConfigurationDraft, context: inout ReadContext) {
        resolveGlobalDefaults(&draft.configuration.globalDefinitions)
        let globals = draft.configuration.globalDefinitions
        context.globals = globals
        let membership = SyncGroupResolver.resolve(&draft, context: &context)
        for instanceDraft in draft.instances {
            let group = membership[instanceDraft.name].flatMap { name in
                draft.configuration.vrrpSyncGroups.first { $0.name == name }
            }
            if let instance = VRRPInstanceCompletion.complete(
                instanceDraft, syncGroup: group, globals: globals,
                context: &context)
            {
                draft.configuration.vrrpInstances.append(instance)
            }
        }
        VRIDConflictChecker.check(draft.configuration.vrrpInstances, context: &context)
        resolveSyncDaemon(&draft.configuration, context: &context)
        reportUnusedScripts(draft.configuration.vrrpScripts, context: &context)
        annotateForwardReferences(&context)
    }

    /// keepalived settles the lower-priority GARP defaults from the final master values.
    private static func resolveGlobalDefaults(_ globals: inout GlobalDefinitions) {
        globals.vrrp.garp.lowerPriorityDelay = globals.vrrp.writtenLowerPriorityDelay ?? globals.vrrp.garp.masterDelay
        globals.vrrp.garp.lowerPriorityRepeat =
            globals.vrrp.writtenLowerPriorityRepeat
            ?? globals.vrrp.garp.masterRepeat
    }

    private static func reportUnusedScripts(_ scripts: [VRRPScript], context: inout ReadContext) {
        for script in scripts where !context.trackedScriptNames.contains(script.name) {
            context.warning(
                "vrrp_script '\(script.name)' is not tracked by any instance or sync group",
                at: script.location, length: script.name.utf8.count, keepalivedReports: true)
        }
    }

    /// A tracked name defined later in the file gets a note saying so: keepalived needs it defined first.
    private static func annotateForwardReferences(_ context: inout ReadContext) {
        for reference in context.forwardReferences {
            let location =
                reference.kind == "vrrp_script"
                ? context.scripts[reference.name]?.location : context.trackFiles[reference.name]?.location
            guard let location else { continue }
            context.addNote(
                Diagnostic.Note(
                    location: location,
                    message: "\(reference.kind) '\(reference.name)' is defined "
                        + "here, after its use; keepalived resolves the name when it reads the use, so move "
                        + "the definition up"),
                toDiagnosticAt: reference.diagnosticIndex)
        }
    }
}
