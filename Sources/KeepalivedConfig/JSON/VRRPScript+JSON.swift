extension VRRPScript {
    var jsonValue: JSONValue {
        .object([
            "name": .string(name), "script": script.jsonValue, "interval": .seconds(interval),
            "timeout": .seconds(timeout), "weight": weight.jsonValue, "rise": .integer(rise), "fall": .integer(fall),
            "user": .optional(user), "group": .optional(group), "init_fail": .bool(initFail),
        ])
    }
}

extension TrackFile {
    var jsonValue: JSONValue {
        .object([
            "name": .string(name), "file": .string(path), "weight": weight.jsonValue,
            "init_file": initialValue.map { .object(["value": .integer($0.value), "overwrite": .bool($0.overwrite)]) }
                ?? .null,
        ])
    }
}

extension SyncGroupBlock {
    var jsonValue: JSONValue {
        .object(
            [
                JSONMember("name", .string(name)),
                JSONMember("group", .strings(members)),
                JSONMember(
                    "track_interface",
                    .array(trackedInterfaces) {
                        .object(["name": .text($0.name), "weight": $0.weight.jsonValue])
                    }),
                JSONMember(
                    "track_script",
                    .array(trackedScripts) {
                        .object(["name": .string($0.name), "weight": $0.weight.jsonValue])
                    }),
                JSONMember(
                    "track_file",
                    .array(trackedFiles) {
                        .object(["name": .string($0.name), "weight": $0.weight.jsonValue])
                    }),
            ] + notify.jsonMembers.filter { !["notify_deleted", "notify_master_rx_lower_pri"].contains($0.key) } + [
                JSONMember("smtp_alert", .bool(smtpAlert)),
                JSONMember("notify_priority_changes", .bool(notifyPriorityChanges)),
                JSONMember("sync_group_tracking_weight", .bool(trackingWeight)),
            ])
    }
}
