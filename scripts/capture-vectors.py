#!/usr/bin/env python3
"""Captures Vigil's golden VRRP vectors from keepalived 2.2.7 and writes their index.

    sudo scripts/capture-vectors.py [--dir Tests/VRRPTests/Vectors] [--cases a,b] [--index-only]

Every CASE.conf in the vectors directory is one of our configurations. For each, the script
builds a private network of three namespaces (a bridge in its own namespace, attached to no real
interface; lb1 and lb2 on it), starts keepalived in lb1, captures on lb1's bridge port with tcpdump
until keepalived has been MASTER for --hold seconds and has been stopped with SIGTERM, and writes
CASE.pcap. A config holding "# ---- lb1 ----" and "# ---- lb2 ----" is a takeover case: both halves
run, lb1 in lb1 and lb2 in lb2, the capture is on lb2's port, lb1 is stopped and lb2 takes over.
Then VECTORS.txt is written from the pcaps: a timeline of every frame and the decoded fields and hex
of representative frames, the format Tests/VRRPTests/Codec/GoldenVectors.swift reads.

Needs root and the Debian packages keepalived (2.2.7), iproute2 and tcpdump. The namespaces and
every process the script starts are removed on exit, on failure and on SIGINT/SIGTERM.
"""
import argparse
import atexit
import ipaddress
import os
import re
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_DIR = os.path.join(REPO, "Tests", "VRRPTests", "Vectors")

# The lab's addresses: the configs name eth0, 10.99.0.0/24 and fd99::/64.
HOSTS = {
    "lb1": {"mac": "02:99:00:00:00:02", "v4": "10.99.0.2/24", "v6": "fd99::2/64"},
    "lb2": {"mac": "02:99:00:00:00:03", "v4": "10.99.0.3/24", "v6": "fd99::3/64"},
}
CAPTURE_FILTER = "arp or ip proto 112 or ip proto 51 or ip6"
LAB_DESCRIPTION = (
    "lb1 = eth0 10.99.0.2/24, fd99::2/64, fe80::99:ff:fe00:2, MAC 02:99:00:00:00:02; "
    "lb2 = eth0 10.99.0.3/24, fd99::3/64, fe80::99:ff:fe00:3, MAC 02:99:00:00:00:03")


# ---------------------------------------------------------------------------------------------
# The lab: namespaces, processes, cleanup
# ---------------------------------------------------------------------------------------------

class Lab:
    """Three namespaces named PREFIX-sw, PREFIX-lb1 and PREFIX-lb2; removed by close()."""

    def __init__(self, work):
        self.prefix = "vcap%d" % os.getpid()
        self.work = work
        self.namespaces = []
        self.processes = []

    def ns(self, host):
        return "%s-%s" % (self.prefix, host)

    def run(self, *argv):
        subprocess.run(argv, check=True, stdin=subprocess.DEVNULL)

    def up(self):
        for host in ("sw", "lb1", "lb2"):
            self.run("ip", "netns", "add", self.ns(host))
            self.namespaces.append(self.ns(host))
            self.run("ip", "-n", self.ns(host), "link", "set", "lo", "up")
        sw = self.ns("sw")
        # The switch itself speaks no IPv6: no solicitations from the bridge ports in the captures.
        for conf in ("default", "all"):
            self.run("ip", "netns", "exec", sw, "sysctl", "-qw", "net.ipv6.conf.%s.disable_ipv6=1" % conf)
        self.run("ip", "-n", sw, "link", "add", "br0", "type", "bridge", "mcast_snooping", "0")
        self.run("ip", "-n", sw, "link", "set", "br0", "up")
        for host, spec in HOSTS.items():
            ns = self.ns(host)
            # No duplicate address detection and no router solicitations: the captures then hold
            # what keepalived sends, not the kernel's start-up chatter.
            for conf in ("default", "all"):
                self.run("ip", "netns", "exec", ns, "sysctl", "-qw", "net.ipv6.conf.%s.accept_dad=0" % conf)
                self.run("ip", "netns", "exec", ns, "sysctl", "-qw",
                         "net.ipv6.conf.%s.router_solicitations=0" % conf)
            port = "v-" + host
            self.run("ip", "-n", sw, "link", "add", port, "type", "veth", "peer", "name", "eth0", "netns", ns)
            self.run("ip", "-n", sw, "link", "set", port, "master", "br0", "up")
            self.run("ip", "-n", ns, "link", "set", "eth0", "address", spec["mac"])
            self.run("ip", "-n", ns, "addr", "add", spec["v4"], "dev", "eth0")
            self.run("ip", "-n", ns, "addr", "add", spec["v6"], "dev", "eth0", "nodad")
            self.run("ip", "-n", ns, "link", "set", "eth0", "up")
        for host in HOSTS:
            self.wait_until(lambda h=host: "fe80::" in self.addresses(h) and "tentative" not in self.addresses(h),
                            10, "link-local address of %s" % host)

    def addresses(self, host):
        return subprocess.run(["ip", "-n", self.ns(host), "addr", "show", "dev", "eth0"],
                              stdout=subprocess.PIPE, text=True, check=True).stdout

    @staticmethod
    def wait_until(condition, seconds, what):
        deadline = time.monotonic() + seconds
        while not condition():
            if time.monotonic() > deadline:
                raise RuntimeError("timed out waiting for %s" % what)
            time.sleep(0.05)

    def start(self, argv, log):
        process = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                                   start_new_session=True)
        self.processes.append(process)
        return process

    def stop(self, process, sig=signal.SIGTERM):
        if process.poll() is None:
            process.send_signal(sig)
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        if process in self.processes:
            self.processes.remove(process)

    def close(self):
        for process in list(self.processes):
            if process.poll() is None:
                try:
                    os.killpg(process.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                process.wait()
        self.processes = []
        for ns in reversed(self.namespaces):
            subprocess.run(["ip", "netns", "del", ns], stderr=subprocess.DEVNULL)
        self.namespaces = []

    # -- one keepalived, one tcpdump -------------------------------------------------------------

    def keepalived(self, host, conf, tag):
        files = [os.path.join(self.work, "%s-%s.%s" % (tag, host, kind)) for kind in ("pid", "vrrp", "chk", "bfd")]
        for path in files:
            if os.path.exists(path):
                os.unlink(path)
        log = open(os.path.join(self.work, "%s-%s.log" % (tag, host)), "w")
        return self.start(["ip", "netns", "exec", self.ns(host), "keepalived", "-n", "-l", "-D", "-G", "-f", conf,
                           "-p", files[0], "-r", files[1], "-c", files[2], "-b", files[3]], log)

    def tcpdump(self, port, pcap):
        errors = os.path.join(self.work, "tcpdump.err")
        process = self.start(["ip", "netns", "exec", self.ns("sw"), "tcpdump", "-Z", "root", "-i", port, "-U", "-n",
                              "-w", pcap, CAPTURE_FILTER], open(errors, "w"))
        self.wait_until(lambda: "listening on" in open(errors).read(), 10, "tcpdump on %s" % port)
        return process


def split_takeover(text):
    """The lb1 and lb2 halves of a takeover config, or None for a single-router config."""
    match = re.search(r"^# ---- lb1 ----\n(.*)^# ---- lb2 ----\n(.*)\Z", text, re.S | re.M)
    return (match.group(1), match.group(2)) if match else None


def first_vip(text):
    match = re.search(r"virtual_ipaddress \{\s*([0-9a-f.:]+)/", text)
    if not match:
        raise RuntimeError("config has no virtual_ipaddress")
    return match.group(1)


def capture(lab, directory, name, hold):
    conf = os.path.join(directory, name + ".conf")
    text = open(conf).read()
    vip = first_vip(text)
    pcap_tmp = os.path.join(lab.work, name + ".pcap")
    halves = split_takeover(text)
    print("== %s" % name, flush=True)
    if halves is None:
        dump = lab.tcpdump("v-lb1", pcap_tmp)
        router = lab.keepalived("lb1", conf, name)
        lab.wait_until(lambda: " %s/" % vip in lab.addresses("lb1"), 20, "%s: lb1 MASTER" % name)
        time.sleep(hold)
        lab.stop(router)
    else:
        confs = []
        for host, half in zip(("lb1", "lb2"), halves):
            path = os.path.join(lab.work, "%s.%s.conf" % (name, host))
            with open(path, "w") as f:
                f.write(half)
            confs.append(path)
        first = lab.keepalived("lb1", confs[0], name)
        lab.wait_until(lambda: " %s/" % vip in lab.addresses("lb1"), 20, "%s: lb1 MASTER" % name)
        second = lab.keepalived("lb2", confs[1], name)
        time.sleep(2.5)  # lb2 settles as BACKUP before the capture starts
        dump = lab.tcpdump("v-lb2", pcap_tmp)
        time.sleep(1.2)
        lab.stop(first)
        lab.wait_until(lambda: " %s/" % vip in lab.addresses("lb2"), 20, "%s: lb2 takes over" % name)
        time.sleep(hold)
        lab.stop(second)
    time.sleep(0.5)
    lab.stop(dump, signal.SIGINT)
    shutil.copyfile(pcap_tmp, os.path.join(directory, name + ".pcap"))
    print("   %s.pcap: %d frames" % (name, len(read_pcap(pcap_tmp))), flush=True)


# ---------------------------------------------------------------------------------------------
# The index: decoding the pcaps into VECTORS.txt
# ---------------------------------------------------------------------------------------------

def read_pcap(path):
    """(seconds, frame bytes) of a little-endian microsecond libpcap file with Ethernet frames."""
    data = open(path, "rb").read()
    if data[:4] != b"\xd4\xc3\xb2\xa1" or struct.unpack("<I", data[20:24])[0] != 1:
        raise RuntimeError("%s: expected a little-endian Ethernet pcap" % path)
    frames, offset = [], 24
    while offset + 16 <= len(data):
        seconds, micros, length, _ = struct.unpack("<IIII", data[offset:offset + 16])
        frames.append((seconds + micros / 1e6, data[offset + 16:offset + 16 + length]))
        offset += 16 + length
    return frames


def internet_checksum(data):
    if len(data) % 2:
        data += b"\0"
    total = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF


def mac_text(raw):
    return ":".join("%02x" % b for b in raw)


def pseudo_header(ip, length, protocol):
    src, dst = ipaddress.ip_address(ip["src"]).packed, ipaddress.ip_address(ip["dst"]).packed
    if ip["family"] == 4:
        return src + dst + struct.pack("!BBH", 0, protocol, length)
    return src + dst + struct.pack("!I3xB", length, protocol)


class Frame:
    """One decoded Ethernet frame: what the index prints about it."""

    def __init__(self, when, raw):
        self.when, self.raw = when, raw
        self.src_mac, self.dst_mac = mac_text(raw[6:12]), mac_text(raw[0:6])
        self.ethertype = struct.unpack("!H", raw[12:14])[0]
        self.kind, self.ip, self.ah, self.vrrp, self.arp, self.na = None, None, None, None, None, None
        self.payload = b""
        body = raw[14:]
        if self.ethertype == 0x0806:
            self.decode_arp(body)
        elif self.ethertype == 0x0800:
            self.decode_ipv4(body)
        elif self.ethertype == 0x86DD:
            self.decode_ipv6(body)

    def decode_arp(self, body):
        htype, ptype, _, _, op = struct.unpack("!HHBBH", body[:8])
        self.kind = "arp"
        self.arp = {"htype": htype, "ptype": ptype, "op": op, "sha": mac_text(body[8:14]),
                    "spa": str(ipaddress.IPv4Address(body[14:18])), "tha": mac_text(body[18:24]),
                    "tpa": str(ipaddress.IPv4Address(body[24:28])), "bytes": body[:28], "padding": len(body) - 28}

    def decode_ipv4(self, body):
        header_length = (body[0] & 0x0F) * 4
        total, ident, flags = struct.unpack("!HHH", body[2:8])
        self.ip = {"family": 4, "header": body[:header_length], "tos": body[1], "total": total, "id": ident,
                   "flags": flags >> 13, "offset": flags & 0x1FFF, "ttl": body[8], "proto": body[9],
                   "checksum": struct.unpack("!H", body[10:12])[0],
                   "src": str(ipaddress.IPv4Address(body[12:16])), "dst": str(ipaddress.IPv4Address(body[16:20]))}
        self.decode_upper(body[9], body[header_length:total])

    def decode_ipv6(self, body):
        word, length, next_header, hops = struct.unpack("!IHBB", body[:8])
        self.ip = {"family": 6, "header": body[:40], "class": (word >> 20) & 0xFF, "flow": word & 0xFFFFF,
                   "length": length, "next": next_header, "hops": hops,
                   "src": str(ipaddress.IPv6Address(body[8:24])), "dst": str(ipaddress.IPv6Address(body[24:40]))}
        payload = body[40:40 + length]
        if next_header == 0 and len(payload) >= 8:  # hop-by-hop options (MLD reports)
            next_header, payload = payload[0], payload[(payload[1] + 1) * 8:]
        self.ip["upper"] = next_header
        self.decode_upper(next_header, payload)

    def decode_upper(self, protocol, payload):
        if protocol == 51 and len(payload) >= 12:
            length = (payload[1] + 2) * 4
            self.ah = {"next": payload[0], "len": payload[1], "reserved": struct.unpack("!H", payload[2:4])[0],
                       "spi": struct.unpack("!I", payload[4:8])[0], "seq": struct.unpack("!I", payload[8:12])[0],
                       "icv": payload[12:length], "bytes": payload[:length]}
            protocol, payload = payload[0], payload[length:]
        self.payload = payload
        if protocol == 112 and len(payload) >= 8:
            self.kind = "vrrp"
            self.decode_vrrp(payload)
        elif protocol == 58 and len(payload) >= 24 and payload[0] == 136:
            self.kind = "na"
            flags = payload[4]
            self.na = {"code": payload[1], "checksum": struct.unpack("!H", payload[2:4])[0],
                       "R": flags >> 7 & 1, "S": flags >> 6 & 1, "O": flags >> 5 & 1,
                       "target": str(ipaddress.IPv6Address(payload[8:24])), "options": payload[24:],
                       "ok": internet_checksum(pseudo_header(self.ip, len(payload), 58) + payload) == 0}
        elif protocol == 58 and payload:
            self.kind = "icmp6"

    def decode_vrrp(self, p):
        size = 4 if self.ip["family"] == 4 else 16
        v = {"version": p[0] >> 4, "type": p[0] & 0x0F, "vrid": p[1], "priority": p[2], "count": p[3],
             "checksum": struct.unpack("!H", p[6:8])[0]}
        raw_addresses = p[8:8 + size * v["count"]]
        v["addresses"] = [str(ipaddress.ip_address(raw_addresses[i:i + size]))
                          for i in range(0, len(raw_addresses), size)]
        v["rest"] = p[8 + size * v["count"]:]
        if v["version"] == 2:
            v["auth_type"], v["interval"] = p[4], p[5]
            v["ok"] = internet_checksum(p) == 0
        else:
            word = struct.unpack("!H", p[4:6])[0]
            v["reserved"], v["interval"] = word >> 12, word & 0x0FFF
            v["ok"] = internet_checksum(pseudo_header(self.ip, len(p), 112) + p) == 0
        self.vrrp = v

    # -- text -------------------------------------------------------------------------------------

    def summary(self):
        if self.kind == "vrrp":
            v = self.vrrp
            extra = "auth=%d" % v["auth_type"] if v["version"] == 2 else "maxadv=%dcs" % v["interval"]
            return "VRRPv%d %s > %s vrid=%d prio=%d %s addrs=%s csum_ok=%s" % (
                v["version"], self.ip["src"], self.ip["dst"], v["vrid"], v["priority"], extra,
                ",".join(v["addresses"]), v["ok"])
        if self.kind == "arp":
            a = self.arp
            return "ARP op=%d %s/%s -> %s/%s (eth %s > %s)" % (
                a["op"], a["sha"], a["spa"], a["tha"], a["tpa"], self.src_mac, self.dst_mac)
        if self.kind == "na":
            n = self.na
            return "NA %s > %s target=%s R=%d S=%d O=%d" % (
                self.ip["src"], self.ip["dst"], n["target"], n["R"], n["S"], n["O"])
        if self.ip is not None and self.ip["family"] == 6:
            return "IPv6 %s > %s next=%d (kernel neighbour discovery or MLD)" % (
                self.ip["src"], self.ip["dst"], self.ip["upper"])
        return "ethertype 0x%04x %s > %s (%d bytes)" % (self.ethertype, self.src_mac, self.dst_mac, len(self.raw))

    def ip_lines(self):
        ip = self.ip
        if ip["family"] == 4:
            line = ("IPv4: version=4 ihl=%d(bytes) tos=0x%02x total_length=%d id=0x%04x(%d) flags=%d frag_off=%d "
                    "ttl=%d proto=%d hdr_checksum=0x%04x(%s) src=%s dst=%s" % (
                        len(ip["header"]), ip["tos"], ip["total"], ip["id"], ip["id"], ip["flags"], ip["offset"],
                        ip["ttl"], ip["proto"], ip["checksum"],
                        "ok" if internet_checksum(ip["header"]) == 0 else "BAD", ip["src"], ip["dst"]))
        else:
            line = ("IPv6: version=6 traffic_class=0x%02x flow_label=0x%05x payload_length=%d next_header=%d "
                    "hop_limit=%d src=%s dst=%s" % (ip["class"], ip["flow"], ip["length"], ip["next"], ip["hops"],
                                                    ip["src"], ip["dst"]))
        return [line, "IP header hex: %s" % ip["header"].hex()]

    def detail(self, title, start):
        lines = ["Ethernet: dst=%s src=%s ethertype=0x%04x" % (self.dst_mac, self.src_mac, self.ethertype)]
        if self.kind == "vrrp":
            v = self.vrrp
            lines += self.ip_lines()
            if self.ah is not None:
                a = self.ah
                lines.append("AH: next_header=%d payload_len=%d reserved=%d spi=0x%08x seq=%d icv=%s" % (
                    a["next"], a["len"], a["reserved"], a["spi"], a["seq"], a["icv"].hex()))
                lines.append("AH hex: %s" % a["bytes"].hex())
            if v["version"] == 2:
                lines.append("VRRPv2: version=2 type=%d vrid=%d priority=%d count_ip=%d auth_type=%d adver_int=%ds "
                             "checksum=0x%04x(%s) addrs=%s auth_data=%r" % (
                                 v["type"], v["vrid"], v["priority"], v["count"], v["auth_type"], v["interval"],
                                 v["checksum"], "ok" if v["ok"] else "BAD", ",".join(v["addresses"]),
                                 bytes(v["rest"][:8])))
            else:
                lines.append("VRRPv3: version=3 type=%d vrid=%d priority=%d count_ip=%d rsvd=%d max_adver_int=%dcs "
                             "checksum=0x%04x(%s, pseudo-header %s->%s) addrs=%s trailing=%r" % (
                                 v["type"], v["vrid"], v["priority"], v["count"], v["reserved"], v["interval"],
                                 v["checksum"], "ok" if v["ok"] else "BAD", self.ip["src"], self.ip["dst"],
                                 ",".join(v["addresses"]), bytes(v["rest"])))
            lines.append("VRRP payload hex (%d bytes): %s" % (len(self.payload), self.payload.hex()))
        elif self.kind == "arp":
            a = self.arp
            lines.append("ARP: htype=%d ptype=0x%04x op=%d sha=%s spa=%s tha=%s tpa=%s  padding=%d bytes" % (
                a["htype"], a["ptype"], a["op"], a["sha"], a["spa"], a["tha"], a["tpa"], a["padding"]))
            lines.append("ARP hex (28 bytes): %s" % a["bytes"].hex())
        elif self.kind == "na":
            n = self.na
            lines += self.ip_lines()
            lines.append("ICMPv6 NA: type=136 code=%d checksum=0x%04x(%s) R=%d S=%d O=%d target=%s options=%s" % (
                n["code"], n["checksum"], "ok" if n["ok"] else "BAD", n["R"], n["S"], n["O"], n["target"],
                n["options"].hex()))
            lines.append("ICMPv6 hex: %s" % self.payload.hex())
        lines.append("full frame hex:")
        for offset in range(0, len(self.raw), 16):
            lines.append("  %04x  %s" % (offset, " ".join("%02x" % b for b in self.raw[offset:offset + 16])))
        head = "  -- %s (t=+%.6f s, frame %d bytes)" % (title, self.when - start, len(self.raw))
        return "\n".join([head] + ["    " + line for line in lines])

    @property
    def gratuitous_arp(self):
        return self.kind == "arp" and self.arp["spa"] == self.arp["tpa"]

    @property
    def unsolicited_na(self):
        return self.kind == "na" and self.na["S"] == 0 and self.ip["dst"] == "ff02::1"


def representative(frames):
    """(title, frame) of the frames the index details: per sender its first, second and priority-0
    advertisement and the first gratuitous ARP / unsolicited NA for each address."""
    picks = []
    for host, spec in HOSTS.items():
        sent = [f for f in frames if f.src_mac == spec["mac"]]
        adverts = [f for f in sent if f.kind == "vrrp" and f.vrrp["priority"] != 0]
        resign = [f for f in sent if f.kind == "vrrp" and f.vrrp["priority"] == 0]
        for title, chosen in (("first MASTER advertisement in capture", adverts[:1]),
                              ("next MASTER advertisement (IP id and AH sequence move on)", adverts[1:2]),
                              ("priority-0 advertisement sent on SIGTERM", resign[:1])):
            picks += [("%s: %s" % (host, title), f) for f in chosen]
        announced = set()
        for f in sent:
            if f.gratuitous_arp and f.arp["spa"] not in announced:
                announced.add(f.arp["spa"])
                picks.append(("%s: gratuitous ARP for %s (first of its batch)" % (host, f.arp["spa"]), f))
            if f.unsolicited_na and f.na["target"] not in announced:
                announced.add(f.na["target"])
                picks.append(("%s: unsolicited neighbour advertisement for %s" % (host, f.na["target"]), f))
    return picks


def index_case(directory, name):
    conf = open(os.path.join(directory, name + ".conf")).read()
    frames = [Frame(when, raw) for when, raw in read_pcap(os.path.join(directory, name + ".pcap"))]
    takeover = split_takeover(conf) is not None
    out = ["=" * 100, "CASE %s" % name, "=" * 100, "config %s.conf (%s):" % (name, LAB_DESCRIPTION)]
    out += ["    | " + line for line in conf.rstrip("\n").split("\n")]
    if takeover:
        how = ("captured on lb2's bridge port; lb1 MASTER and lb2 BACKUP, lb1 stopped with SIGTERM, "
               "lb2 takes over and is stopped with SIGTERM after the hold")
    else:
        how = ("captured on lb1's bridge port; keepalived started alone in lb1, MASTER for the hold, "
               "then stopped with SIGTERM")
    out.append("pcap: %s.pcap  (%d frames, %s)" % (name, len(frames), how))
    adverts = [f for f in frames if f.kind == "vrrp"]
    out.append("VRRP checksums recomputed here: %d ok, %d BAD" % (
        sum(f.vrrp["ok"] for f in adverts), sum(not f.vrrp["ok"] for f in adverts)))
    if not frames:
        return "\n".join(out)
    start = frames[0].when
    out.append("  timeline:")
    out += ["    +%9.6f  %s" % (f.when - start, f.summary()) for f in frames]
    out.append("  packets in detail:")
    out += [frame.detail(title, start) for title, frame in representative(frames)]
    return "\n".join(out)


def keepalived_version():
    text = subprocess.run(["keepalived", "-v"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True).stdout
    package = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", "keepalived"], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True).stdout
    return text.split("\n", 1)[0].strip(), package.strip()


def write_index(directory, names, hold):
    version, package = keepalived_version()
    header = [
        "Golden VRRP vectors: what keepalived 2.2.7 puts on the wire for each of our configs",
        "=" * 84,
        "Written by scripts/capture-vectors.py; do not edit by hand, rerun the script.",
        "Sender: %s (Debian package %s), kernel %s." % (version, package or "?", os.uname().release),
        "Lab: namespaces lb1 and lb2 on a bridge in a third namespace; %s." % LAB_DESCRIPTION,
        "keepalived runs as: ip netns exec NS keepalived -n -l -D -G -f CASE.conf -p .. -r .. -c .. -b ..",
        "Each CASE.pcap is the whole capture (tcpdump -w, Ethernet) on one bridge port, filter",
        "\"%s\"; the routers were MASTER for about %.0f s." % (CAPTURE_FILTER, hold),
        "VRRP checksums are recomputed by the script (v2 over the message, v3 with the IPv4/IPv6",
        "pseudo-header of the packet's own addresses). Times are from the first frame of each case.",
        "",
    ]
    body = [index_case(directory, name) + "\n" for name in names]
    with open(os.path.join(directory, "VECTORS.txt"), "w") as f:
        f.write("\n".join(header + body))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", default=DEFAULT_DIR, help="folder of CASE.conf files; pcaps and index go here")
    parser.add_argument("--cases", help="comma-separated case names (default: every CASE.conf)")
    parser.add_argument("--hold", type=float, default=7.0, help="seconds MASTER before SIGTERM (default 7)")
    parser.add_argument("--index-only", action="store_true", help="rewrite VECTORS.txt from the pcaps")
    args = parser.parse_args()
    directory = os.path.abspath(args.dir)
    every = sorted(f[:-5] for f in os.listdir(directory) if f.endswith(".conf"))
    names = args.cases.split(",") if args.cases else every
    if not args.index_only:
        if os.geteuid() != 0:
            sys.exit("capture-vectors: needs root (namespaces, tcpdump)")
        for tool in ("keepalived", "tcpdump", "ip"):
            if shutil.which(tool) is None:
                sys.exit("capture-vectors: %s missing (apt-get install keepalived tcpdump iproute2)" % tool)
        version, _ = keepalived_version()
        if "v2.2.7" not in version:
            sys.exit("capture-vectors: the vectors are keepalived 2.2.7's; found %r" % version)
        work = tempfile.mkdtemp(prefix="capture-vectors.")
        lab = Lab(work)
        atexit.register(shutil.rmtree, work, True)
        atexit.register(lab.close)
        for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            signal.signal(sig, lambda number, _: sys.exit(128 + number))
        lab.up()
        for name in names:
            capture(lab, directory, name, args.hold)
        lab.close()
    write_index(directory, every, args.hold)
    print("wrote %s" % os.path.join(directory, "VECTORS.txt"))


if __name__ == "__main__":
    main()
