/// Reads the `track_interface`, `track_script` and `track_file` list blocks of instances and sync groups
/// (Docs/Keepalived.md §3.14): one tracked object per line, `NAME [weight N [reverse]]`.
enum TrackingListReader {
    static func interfaces(
        _ node: ConfigNode, owner: String, existing: [TrackedInterface] = [], context: inout ReadContext
    ) -> [TrackedInterface] {
        var result = existing
        for line in node.children ?? [] {
            guard let name = context.interface(line.keyword, name: "track_interface") else { continue }
            if result.contains(where: { $0.name == name }) {
                context.warning(
                    "\(owner) already tracks interface '\(name)'; this line is ignored", at: line.keyword,
                    keepalivedReports: true)
                continue
            }
            guard
                let weight = lineWeight(
                    line, limit: 253, allowsNoReverse: false, default: .fault,
                    context: &context)
            else { continue }
            result.append(TrackedInterface(name: name, weight: weight, location: line.location))
        }
        return result
    }

    static func scripts(
        _ node: ConfigNode, owner: String, existing: [TrackedScript] = [], context: inout ReadContext
    ) -> [TrackedScript] {
        var result = existing
        for line in node.children ?? [] {
            let name = line.keyword
            guard let script = context.scripts[name.text] else {
                context.undefinedReference("vrrp_script", name, usedBy: owner)
                continue
            }
            if result.contains(where: { $0.name == name.text }) {
                context.warning(
                    "\(owner) already tracks script '\(name.text)'; this line is ignored", at: name,
                    keepalivedReports: true)
                continue
            }
            guard
                let weight = lineWeight(
                    line, limit: 253, allowsNoReverse: true, default: script.weight,
                    context: &context)
            else { continue }
            context.trackedScriptNames.insert(name.text)
            result.append(TrackedScript(name: name.text, weight: weight, location: line.location))
        }
        return result
    }

    static func files(
        _ node: ConfigNode, owner: String, existing: [TrackedFile] = [], context: inout ReadContext
    ) -> [TrackedFile] {
        var result = existing
        for line in node.children ?? [] {
            let name = line.keyword
            guard let file = context.trackFiles[name.text] else {
                context.undefinedReference("track_file", name, usedBy: owner)
                continue
            }
            if result.contains(where: { $0.name == name.text }) {
                context.warning(
                    "\(owner) already tracks file '\(name.text)'; this line is ignored", at: name,
                    keepalivedReports: true)
                continue
            }
            guard
                let weight = lineWeight(
                    line, limit: 254, allowsNoReverse: false, default: file.weight,
                    context: &context)
            else { continue }
            result.append(TrackedFile(name: name.text, weight: weight, location: line.location))
        }
        return result
    }

    /// The `weight N [reverse]` part of a line, or `default` when the line has only the name.
    private static func lineWeight(
        _ line: ConfigNode, limit: Int, allowsNoReverse: Bool, default fallback: TrackingWeight,
        context: inout ReadContext
    ) -> TrackingWeight? {
        guard let option = line.arguments.first else { return fallback }
        guard option.text == "weight" else {
            context.error("unknown option '\(option.text)' for '\(line.keyword.text)'; expected 'weight'", at: option)
            return nil
        }
        guard line.arguments.count > 1 else {
            context.error("'weight' needs a value", at: option)
            return nil
        }
        // Like keepalived, an invalid value keeps the object tracked with its default weight.
        return TrackingWeightParser.weight(
            line, startingAt: 2, limit: limit, allowsNoReverse: allowsNoReverse,
            context: &context) ?? fallback
    }
}
