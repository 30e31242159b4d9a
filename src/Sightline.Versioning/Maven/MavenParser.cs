namespace Sightline.Versioning.Maven;

/// <summary>
/// Maven 3.9's ComparableVersion.parseVersion: '.' separates items, '-' and letter/digit
/// transitions open a sub-list, a qualifier after a '.' is treated like one after a '-'
/// (1.0.RC1 == 1.0-RC1), and trailing null items are dropped from every list. Only ASCII
/// digits are digits (Maven 3.9 stopped treating other Unicode digits as numbers).
/// </summary>
internal static class MavenParser
{
    public static MavenItem Parse(string text)
    {
        // Java lower-cases with Locale.ENGLISH; the invariant culture behaves the same.
        var version = text.ToLowerInvariant();
        var root = new Builder();
        var list = root;
        var stack = new Stack<Builder>();
        stack.Push(list);
        var isDigit = false;
        var start = 0;

        for (var i = 0; i < version.Length; i++)
        {
            var c = version[i];
            if (c is '.' or '-')
            {
                list.Add(i == start ? MavenItems.Zero : MavenItems.Parse(isDigit, version[start..i], false));
                start = i + 1;
                if (c == '-')
                {
                    list = Open(list, stack);
                }
            }
            else if (char.IsAsciiDigit(c))
            {
                if (!isDigit && i > start)
                {
                    // 1.0.0.X1 < 1.0.0-X2: a qualifier followed by digits always starts a sub-list.
                    if (list.Count > 0)
                    {
                        list = Open(list, stack);
                    }

                    list.Add(MavenItems.Parse(false, version[start..i], true));
                    start = i;
                    list = Open(list, stack);
                }

                isDigit = true;
            }
            else
            {
                if (isDigit && i > start)
                {
                    list.Add(MavenItems.Parse(true, version[start..i], false));
                    start = i;
                    list = Open(list, stack);
                }

                isDigit = false;
            }
        }

        if (version.Length > start)
        {
            if (!isDigit && list.Count > 0)
            {
                list = Open(list, stack);
            }

            list.Add(MavenItems.Parse(isDigit, version[start..], false));
        }

        // Innermost lists first, so a parent sees its emptied children as null items.
        while (stack.Count > 0)
        {
            stack.Pop().Normalize();
        }

        return root.Freeze();
    }

    private static Builder Open(Builder parent, Stack<Builder> stack)
    {
        var child = new Builder();
        parent.Add(child);
        stack.Push(child);
        return child;
    }

    /// <summary>A list under construction: holds finished leaf items and nested builders.</summary>
    private sealed class Builder : List<object>
    {
        /// <summary>Removes trailing null items, stepping over (but keeping) non-null sub-lists.</summary>
        public void Normalize()
        {
            for (var i = Count - 1; i >= 0; i--)
            {
                var item = this[i];
                if (item is Builder nested ? nested.Count == 0 : ((MavenItem)item).IsNull)
                {
                    RemoveAt(i);
                }
                else if (item is not Builder)
                {
                    break;
                }
            }
        }

        public MavenItem Freeze()
        {
            var children = new MavenItem[Count];
            for (var i = 0; i < Count; i++)
            {
                children[i] = this[i] is Builder nested ? nested.Freeze() : (MavenItem)this[i];
            }

            return MavenItem.List(children);
        }
    }
}
