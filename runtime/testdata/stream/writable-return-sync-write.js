// write() returns false only for what stays queued: a chunk written synchronously no longer counts against the high-water mark.
