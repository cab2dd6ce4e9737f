import Engine
import Glibc
import Runtime

/// Runs scripts as child processes (keepalived-behaviour 6.3): own process group, IFS and
/// LD_PRELOAD/LD_LIBRARY_PATH removed from the environment, the requested user and group,
/// SIGTERM at the timeout and SIGKILL 2 s later. Waiting happens on a thread of its own.
public struct ProcessScriptRunner: ScriptRunner {
    private static let removedVariables: Set<String> = ["IFS", "LD_PRELOAD", "LD_LIBRARY_PATH"]

    private let environment: [String]
    private let resolver: ScriptResolver

    /// A runner that passes on `environment` (default: this process's) minus the unsafe variables.
    public init(environment: [String]? = nil) {
        let inherited = environment ?? Self.processEnvironment()
        self.environment = inherited.filter { entry in
            let name = entry.split(separator: "=", maxSplits: 1).first.map(String.init) ?? entry
            return !Self.removedVariables.contains(name)
        }
        let path = self.environment.first { $0.hasPrefix("PATH=") }.map { String($0.dropFirst(5)) }
        resolver = ScriptResolver(
            searchPath: path.map { $0.split(separator: ":").map(String.init) } ?? ScriptResolver.defaultSearchPath,
            isExecutable: { access($0, X_OK) == 0 && FileStatus.isRegularFile($0) })
    }

    public func run(_ request: ScriptRequest) async -> ScriptOutcome {
        let plan: ExecutionPlan
        do {
            plan = try makePlan(request)
        } catch {
            return .failedToStart(error.description)
        }
        return await DedicatedThread.run {
            do {
                let pid = try ChildProcess.spawn(plan)
                return ChildProcess.waitForExit(pid, timeout: request.timeout)
            } catch let error as ChildProcess.SpawnError {
                return .failedToStart(error.description)
            } catch {
                return .failedToStart("\(error)")
            }
        }
    }

    private func makePlan(_ request: ScriptRequest) throws(UserDatabase.LookupError) -> ExecutionPlan {
        let (executable, arguments) = resolver.resolve(request.arguments)
        let identity = try request.user.map { user throws(UserDatabase.LookupError) in
            try UserDatabase.identity(of: user)
        }
        return ExecutionPlan(executable: executable, arguments: arguments, environment: environment, identity: identity)
    }

    private static func processEnvironment() -> [String] {
        var result: [String] = []
        var cursor = environ
        while let entry = cursor.pointee {
            result.append(String(cString: entry))
            cursor += 1
        }
        return result
    }
}
