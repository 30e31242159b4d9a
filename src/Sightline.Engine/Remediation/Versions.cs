namespace Sightline.Engine.Remediation;

/// <summary>The next version an internal library releases: a patch bump of what it publishes today.</summary>
public static class Versions
{
    /// <summary>"1.4.0" → "1.4.1"; "2.0" → "2.0.1"; "3" → "3.0.1"; "1.2.0-SNAPSHOT" → "1.2.1"; "v1.2.0" → "v1.2.1".</summary>
    public static string NextPatch(string version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var prefix = version.StartsWith('v') ? "v" : string.Empty;
        var core = version[prefix.Length..];
        var end = 0;
        while (end < core.Length && (char.IsAsciiDigit(core[end]) || core[end] == '.'))
        {
            end++;
        }

        var parts = core[..end].Split('.', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (parts.Count == 0)
        {
            return version + ".1";
        }

        while (parts.Count < 3)
        {
            parts.Add("0");
        }

        var patch = long.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture) + 1;
        return prefix + string.Join('.', parts[0], parts[1], patch.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>"@acme/logging@1.4.0" → ("@acme/logging", "1.4.0"): the version follows the last '@' after the first character.</summary>
    public static (string Name, string? Version) Split(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var at = label.LastIndexOf('@');
        return at > 0 ? (label[..at], label[(at + 1)..]) : (label, null);
    }
}
