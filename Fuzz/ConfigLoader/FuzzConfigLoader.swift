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
@main
struct FuzzConfigLoaderReplay {
    static func main() {
        print("FuzzConfigLoader: build with scripts/fuzz-smoke.sh to fuzz")
    }
}
#endif
