/// Facts about the running process that the daemon logs or passes on.
public enum CurrentProcess {
    /// This process's id (`getpid`).
    public static var id: Int32 { System.processID() }

    /// The value of environment variable `name`, if set.
    public static func environment(_ name: String) -> String? {
        System.environmentValue(name)
    }
}
