/// What the daemon's process needs before its first thread starts (keepalived's `-u`, `-m`, `-s`):
/// a namespace entered later would hold only the calling thread.
public enum ProcessSetup {
    /// `-u`: the file-creation mask.
    public static func setFileCreationMask(_ mask: UInt32) {
        System.setFileCreationMask(mask)
    }

    /// `-m`: the core-file size limit raised to the hard limit.
    public static func allowCoreDumps() throws(SystemError) {
        try System.allowCoreDumps()
    }

    /// `-s NAME`: moves this (still single-threaded) process into network namespace `NAME`
    /// (/run/netns/NAME, as `ip netns` names it), so every thread started afterwards is in it too.
    public static func enterNetworkNamespace(named name: String) throws(SystemError) {
        try NetworkNamespace.enterOnThisThread(named: name)
    }
}
