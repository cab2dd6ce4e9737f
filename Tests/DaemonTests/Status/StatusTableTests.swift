import Daemon
import Testing

@Suite struct StatusTableTests {
    @Test func theTableShowsInstancesAndEachRealServersHealthWeightAndLastCheck() {
        let expected = """
            Vigil LB_TEST | data plane: nftables | up 1h02m | alerts: 2 sent, 1 failed, 0 queued

            VRRP instances
              INSTANCE  STATE   WANTED  PRIORITY       VRID  INTERFACE  VIRTUAL IPS                   LAST CHANGE
              VI_1      MASTER  MASTER  150            51    eth0       192.0.2.10/24, 192.0.2.11/24  BACKUP -> MASTER 12s ago (Receive advertisement timeout)
              VI_2      BACKUP  BACKUP  80 (base 100)  52    eth1       2001:db8::10/64               -

            VRRP sync groups
              GROUP  STATE   MEMBERS
              G1     MASTER  VI_1

            Virtual servers
              [10.0.0.100]:tcp:80  rr NAT  quorum up (live weight 1, quorum 1)  sorry server [10.0.9.9]:tcp:8080
                REAL SERVER          HEALTH  WEIGHT  IN POOL  LAST CHECK
                [10.0.1.1]:tcp:8080  up      1       yes      TCP_CHECK success 0.4s ago
                [10.0.1.2]:tcp:8080  DOWN    1       no       HTTP_GET failure 1.2s ago (HTTP status code 500)

            """
        #expect(StatusTable.render(StatusFixture.document) == expected)
    }

    @Test func emptySectionsSaySo() {
        let text = StatusTable.render(StatusDocument(routerID: "r", generatedAt: 0))
        #expect(text.contains("VRRP instances: none"))
        #expect(text.contains("Virtual servers: none"))
    }
}
