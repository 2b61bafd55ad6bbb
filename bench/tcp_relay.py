#!/usr/bin/env python3
"""tcp_relay - an experiment for docs/troubleshooting.md: a TCP listener in front of a milter's
unix socket that sets TCP_NODELAY and re-arms TCP_QUICKACK after every read on the accepted TCP
connection, which stock libmilter cannot do on its own sockets.

Why both: Postfix writes a macro packet and then the command it belongs to back to back; with
Nagle on Postfix's side the second write waits for the ACK of the first, and the milter's side
delays that ACK (40 ms) because it has nothing to send yet. QUICKACK on the milter side ACKs at
once (Linux turns it off again after a while, hence re-armed after each read); NODELAY stops
the milter's own back-to-back replies (e.g. add-header then accept) meeting Postfix's delayed ACK.

  python3 bench/tcp_relay.py --listen 127.0.0.1:8891 --to /run/aup-milter/milter.sock

Not a product component: a sketch to measure what a C++ listener in aup-milter would buy.
"""

import argparse
import selectors
import socket


def tune(sock, options):
    """Low-latency options on the TCP side: no Nagle, and ACK immediately (re-armed per read)."""
    if "nodelay" in options:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    if "quickack" in options:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)


def serve(listen_host, listen_port, target, options):
    """One selector loop: accept TCP clients, pair each with a unix connection, copy both ways."""
    selector = selectors.DefaultSelector()
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind((listen_host, listen_port))
    listener.listen(128)
    listener.setblocking(False)
    selector.register(listener, selectors.EVENT_READ, None)
    print("tcp_relay ready on %s:%d -> %s" % (listen_host, listen_port, target), flush=True)

    def close_pair(a, b):
        for s in (a, b):
            try:
                selector.unregister(s)
            except (KeyError, ValueError):
                pass
            s.close()

    while True:
        for key, _ in selector.select():
            if key.data is None:
                client, _ = listener.accept()
                tune(client, options)
                upstream = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                try:
                    upstream.connect(target)
                except OSError:
                    client.close()
                    continue
                selector.register(client, selectors.EVENT_READ, (upstream, True))
                selector.register(upstream, selectors.EVENT_READ, (client, False))
                continue
            source = key.fileobj
            peer, is_tcp = key.data
            try:
                data = source.recv(65536)
                if is_tcp and "quickack" in options:
                    source.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
                if not data:
                    close_pair(source, peer)
                    continue
                peer.sendall(data)
            except OSError:
                close_pair(source, peer)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--listen", required=True, help="HOST:PORT")
    parser.add_argument("--to", required=True, help="path of the milter's unix socket")
    parser.add_argument("--options", default="nodelay,quickack",
                        help="socket options on the TCP side: nodelay, quickack, both (default) or none")
    args = parser.parse_args()
    host, _, port = args.listen.rpartition(":")
    serve(host, int(port), args.to, set(args.options.split(",")))


if __name__ == "__main__":
    main()
