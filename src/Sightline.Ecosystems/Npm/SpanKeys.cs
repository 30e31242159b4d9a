namespace Sightline.Ecosystems.Npm;

/// <summary>
/// Dictionary lookups of "a" + "b" + "c" keys without building the string: lockfile graphs look up one
/// such key per edge, and the concatenations were a large share of all allocations.
/// </summary>
internal static class SpanKeys
{
    public static bool TryGet<T>(Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> lookup, ReadOnlySpan<char> a, ReadOnlySpan<char> b, ReadOnlySpan<char> c, out T value)
    {
        var length = a.Length + b.Length + c.Length;
        char[]? rented = null;
        var buffer = length <= 512 ? stackalloc char[length] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(length));
        a.CopyTo(buffer);
        b.CopyTo(buffer[a.Length..]);
        c.CopyTo(buffer[(a.Length + b.Length)..]);
        var found = lookup.TryGetValue(buffer[..length], out value!);
        if (rented is not null)
        {
            System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }

        return found;
    }
}
