"""A real SMTP server for tests (aiosmtpd): accepts every message and stores it.

Each message is written as <n>.eml (the raw bytes) and <n>.json with the recipients, the decoded
subject and the decoded plain-text body, so tests can read what a person would read.

    python smtp_sink.py --port 2525 --dir DIR      (port 0: pick a free one)

Prints "listening on PORT" once it accepts connections.
"""

import argparse
import asyncio
import email
import email.policy
import itertools
import json
import os
import signal
import socket

from aiosmtpd.controller import Controller


class Store:
    def __init__(self, directory):
        self.directory = directory
        self.counter = itertools.count(1)

    async def handle_DATA(self, server, session, envelope):
        n = next(self.counter)
        raw = envelope.original_content or envelope.content
        base = os.path.join(self.directory, f"{n:05d}")
        with open(base + ".eml", "wb") as f:
            f.write(raw)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        body = msg.get_body(preferencelist=("plain",))
        record = {
            "from": envelope.mail_from,
            "to": envelope.rcpt_tos,
            "subject": str(msg["subject"] or ""),
            "text": body.get_content() if body is not None else "",
        }
        # Written last and renamed into place, so a reader never sees half a message.
        with open(base + ".json.tmp", "w", encoding="utf-8") as f:
            json.dump(record, f, ensure_ascii=False)
        os.replace(base + ".json.tmp", base + ".json")
        return "250 Message accepted"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--dir", required=True)
    args = parser.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    port = args.port or free_port()
    controller = Controller(Store(args.dir), hostname="127.0.0.1", port=port)
    controller.start()
    print(f"listening on {port}", flush=True)

    loop = asyncio.new_event_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    loop.run_until_complete(stop.wait())
    controller.stop()


if __name__ == "__main__":
    main()
