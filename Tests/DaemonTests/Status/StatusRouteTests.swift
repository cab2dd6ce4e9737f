@testable import Daemon
import Testing

@Suite struct StatusRouteTests {
    @Test(arguments: [
        ("GET /status HTTP/1.0\r\n\r\n", false, StatusRoute.status),
        ("GET / HTTP/1.1\r\nHost: x\r\n\r\n", false, .status),
        ("GET /metrics HTTP/1.1\r\n\r\n", false, .metrics),
        ("HEAD /metrics HTTP/1.0\r\n\r\n", false, .metrics),
        ("GET /metrics?name[]=x HTTP/1.1\r\n\r\n", true, .metrics),
        ("GET /status HTTP/1.0\r\n\r\n", true, .notFound),
        ("GET /nope HTTP/1.0\r\n\r\n", false, .notFound),
        ("POST /status HTTP/1.0\r\n\r\n", false, .methodNotAllowed),
        ("GET /status\n\n", false, .status),
        ("hello\r\n\r\n", false, .badRequest),
        ("GET /status SPDY/3\r\n\r\n", false, .badRequest),
        ("", false, .badRequest),
    ])
    func theRequestLineChoosesTheAnswer(head: String, metricsOnly: Bool, route: StatusRoute) {
        #expect(StatusRoute(head: head, metricsOnly: metricsOnly) == route)
    }
}
