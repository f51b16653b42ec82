"""One-off helper used while writing: append `||labels` to the line holding an anchor."""
import sys


def add(path, fixes):
    s = open(path, encoding="utf-8").read()
    lines = s.split("\n")
    for anchor, labs in fixes:
        hits = [i for i, l in enumerate(lines) if anchor in l]
        assert len(hits) == 1, (path, anchor, len(hits))
        i = hits[0]
        if "||" in lines[i]:
            lines[i] += "," + labs
        else:
            lines[i] += " ||" + labs
    open(path, "w", encoding="utf-8").write("\n".join(lines))


if __name__ == "__main__":
    sys.exit("import me")
