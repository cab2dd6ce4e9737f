// libFuzzer entry for the ConfigLoader. scripts/fuzz-smoke.sh builds with -sanitize=fuzzer -D FUZZING; SwiftPM
// renames an executable's entry point to <Target>_main, so libFuzzer's own main is replaced by
// LLVMFuzzerRunDriver. A normal build gets a replay tool instead: give it crash files to rerun.
#if FUZZING
    @_silgen_name("LLVMFuzzerRunDriver")
    func LLVMFuzzerRunDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt

    @_cdecl("FuzzConfigLoader_main")
    public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
        var count = argc
        var arguments = argv
        return LLVMFuzzerRunDriver(&count, &arguments) { data, size in
            let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
            FuzzConfigLoader.fuzzOne(bytes)
            return 0
        }
    }
#else
    import Foundation

    @main
    struct FuzzConfigLoaderReplay {
        /// Replays the inputs named on the command line (crash files, seeds); traps like the fuzzer would.
        static func main() {
            let paths = CommandLine.arguments.dropFirst()
            if paths.isEmpty {
                print("FuzzConfigLoader: build with scripts/fuzz-smoke.sh to fuzz, or pass inputs to replay")
            }
            for path in paths {
                guard let data = FileManager.default.contents(atPath: path) else {
                    print("cannot read \(path)")
                    continue
                }
                FuzzConfigLoader.fuzzOne([UInt8](data))
                print("ok \(path)")
            }
        }
    }
#endif
