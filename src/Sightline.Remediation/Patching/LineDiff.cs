namespace Sightline.Remediation.Patching;

internal enum DiffOp
{
    Equal,
    Delete,
    Insert,
}

/// <summary>One line of an edit script with its 0-based position in both texts.</summary>
internal readonly record struct DiffEntry(DiffOp Kind, int OldIndex, int NewIndex);

/// <summary>Myers' O(ND) line diff over the part between the common prefix and suffix.</summary>
internal static class LineDiff
{
    // Beyond this many edits the middle is shown as one replacement: bounded time and memory.
    private const int MaxEdits = 1000;

    public static List<DiffEntry> Compute(DiffLines a, DiffLines b)
    {
        int n = a.Lines.Count, m = b.Lines.Count;
        var prefix = 0;
        while (prefix < n && prefix < m && a.Key(prefix) == b.Key(prefix))
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < n - prefix && suffix < m - prefix && a.Key(n - 1 - suffix) == b.Key(m - 1 - suffix))
        {
            suffix++;
        }

        var ops = new List<DiffEntry>(n + m);
        for (var i = 0; i < prefix; i++)
        {
            ops.Add(new DiffEntry(DiffOp.Equal, i, i));
        }

        var middle = Middle(a, b, prefix, n - suffix, prefix, m - suffix);
        ops.AddRange(middle);
        for (var i = suffix; i > 0; i--)
        {
            ops.Add(new DiffEntry(DiffOp.Equal, n - i, m - i));
        }

        return ops;
    }

    private static List<DiffEntry> Middle(DiffLines a, DiffLines b, int aStart, int aEnd, int bStart, int bEnd)
    {
        int n = aEnd - aStart, m = bEnd - bStart, max = Math.Min(n + m, MaxEdits);
        var offset = max + 1;
        var v = new int[2 * max + 3];
        var trace = new List<int[]>();
        for (var d = 0; d <= max; d++)
        {
            trace.Add((int[])v.Clone());
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && a.Key(aStart + x) == b.Key(bStart + y))
                {
                    x++;
                    y++;
                }

                v[offset + k] = x;
                if (x >= n && y >= m)
                {
                    return Backtrack(trace, offset, n, m, aStart, bStart, d);
                }
            }
        }

        return Replace(aStart, aEnd, bStart, bEnd);
    }

    private static List<DiffEntry> Backtrack(List<int[]> trace, int offset, int n, int m, int aStart, int bStart, int edits)
    {
        var reversed = new List<DiffEntry>();
        int x = n, y = m;
        for (var d = edits; d > 0; d--)
        {
            var v = trace[d];
            var k = x - y;
            var prevK = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? k + 1 : k - 1;
            var prevX = v[offset + prevK];
            var prevY = prevX - prevK;
            while (x > prevX && y > prevY)
            {
                reversed.Add(new DiffEntry(DiffOp.Equal, aStart + --x, bStart + --y));
            }

            reversed.Add(prevK == k + 1
                ? new DiffEntry(DiffOp.Insert, aStart + x, bStart + --y)
                : new DiffEntry(DiffOp.Delete, aStart + --x, bStart + y));
        }

        while (x > 0 && y > 0)
        {
            reversed.Add(new DiffEntry(DiffOp.Equal, aStart + --x, bStart + --y));
        }

        reversed.Reverse();
        return reversed;
    }

    private static List<DiffEntry> Replace(int aStart, int aEnd, int bStart, int bEnd)
    {
        var ops = new List<DiffEntry>();
        for (var i = aStart; i < aEnd; i++)
        {
            ops.Add(new DiffEntry(DiffOp.Delete, i, bStart));
        }

        for (var j = bStart; j < bEnd; j++)
        {
            ops.Add(new DiffEntry(DiffOp.Insert, aEnd, j));
        }

        return ops;
    }
}
