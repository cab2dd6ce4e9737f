/// `vrrp_instance` keywords vigil recognises but does not implement.
extension VRRPInstanceReader {
    static let unsupportedKeywords: [InstanceKeyword] =
        InstanceKeyword.unsupported(
            ["use_vmac", "use_vmac_addr", "vmac_xmit_base", "use_ipvlan", "garp_extra_if", "vmac_garp_intvl"],
            "vigil does not create VMAC or ipvlan interfaces; adverts use the interface's own MAC")
        + [
            InstanceKeyword.unsupported(
                "auth_hmac", block: true, "auth_hmac is a keepalived-only extension that vigil does not implement"),
            InstanceKeyword.unsupported(
                "track_process", block: true, "process tracking needs the kernel proc connector; use a vrrp_script"),
            InstanceKeyword.unsupported("track_bfd", block: true, "vigil does not implement BFD"),
            InstanceKeyword.unsupported("native_ipv6", "not implemented yet"),
            InstanceKeyword.unsupported("vrf", "not implemented yet"),
            InstanceKeyword.unsupported("linkbeat_use_polling", "vigil follows link state through netlink events only"),
            InstanceKeyword.unsupported("debug", "use vigil's log level instead"),
            InstanceKeyword.unsupported("kernel_rx_buf_size", "vigil sizes its socket buffers itself"),
            InstanceKeyword(
                "lvs_sync_daemon_interface",
                support: .unsupported("deprecated in keepalived; use the global lvs_sync_daemon")
            ) {
                _, node, context in
                context.warning(
                    "'lvs_sync_daemon_interface' in a vrrp_instance is deprecated in keepalived, and "
                        + "vigil does not read it; it is ignored",
                    at: node.keyword,
                    notes: [Diagnostic.Note(message: "keepalived wants the global 'lvs_sync_daemon' instead")],
                    keepalivedReports: true)
            },
        ]
}
