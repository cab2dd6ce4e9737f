/// The root `SSL { }` block used by `SSL_GET`.
enum SSLKeywords {
    static let table = KeywordTable<SSLSettings>(
        block: "SSL",
        [
            Keyword("password") { ssl, node, context in
                if let value = context.argument(node) { ssl.password = value.text }
            },
            Keyword("ca") { ssl, node, context in
                if let value = context.argument(node) { ssl.certificateAuthorityFile = value.text }
            },
            Keyword("certificate") { ssl, node, context in
                if let value = context.argument(node) { ssl.certificateFile = value.text }
            },
            Keyword("key") { ssl, node, context in
                if let value = context.argument(node) { ssl.keyFile = value.text }
            },
        ])
}
