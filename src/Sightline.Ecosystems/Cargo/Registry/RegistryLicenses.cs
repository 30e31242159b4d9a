using Sightline.Core.Extraction;
using Sightline.Ecosystems.Cargo.Toml;
using Tomlyn;
using Tomlyn.Model;

namespace Sightline.Ecosystems.Cargo.Registry;

/// <summary>
/// Declared licences from Cargo's unpacked registry sources (<c>&lt;src&gt;/&lt;index-dir&gt;/&lt;name&gt;-&lt;version&gt;/Cargo.toml</c>,
/// one index folder per registry): <c>[package] license</c>. <c>license-file</c> alone, a value of another type, a
/// missing, oversized or malformed manifest: no licence, never an error, since the folder is the machine's, not the
/// repository's. Index folders are searched in ordinal order and the first one stating a licence gives it: the
/// folder names hash the registry URL, which the lockfile source does not let us recompute cheaply.
/// </summary>
internal sealed class RegistryLicenses(string folder)
{
    private const long MaxBytes = 1024 * 1024;
    private readonly Dictionary<(string, string), string?> _known = [];
    private IReadOnlyList<string>? _indexFolders;

    public string? Find(string name, string version)
    {
        if (!_known.TryGetValue((name, version), out var license))
        {
            _known[(name, version)] = license = Read(name, version);
        }

        return license;
    }

    private string? Read(string name, string version)
    {
        if (!IsPlain(name) || !IsPlain(version))
        {
            return null;
        }

        foreach (var index in IndexFolders())
        {
            if (ReadManifest(Path.Combine(index, name + "-" + version, CargoExtractor.ManifestName)) is { } license)
            {
                return license;
            }
        }

        return null;
    }

    private static bool IsPlain(string part) =>
        part.Length > 0 && part.IndexOfAny(['/', '\\', ':']) < 0 && !part.Contains("..", StringComparison.Ordinal);

    private IReadOnlyList<string> IndexFolders()
    {
        if (_indexFolders is null)
        {
            try
            {
                _indexFolders = [.. Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal)];
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                _indexFolders = [];
            }
        }

        return _indexFolders;
    }

    private static string? ReadManifest(string path)
    {
        try
        {
            var file = new FileInfo(path);
            if (!file.Exists || file.Length > MaxBytes)
            {
                return null;
            }

            using var stream = file.OpenRead();
            return FromManifest(TomlInput.ReadTable(stream));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ManifestFormatException or TomlException)
        {
            return null;
        }
    }

    /// <summary>A published crate's manifest is normalized by cargo: its licence is a plain string, never inherited.</summary>
    internal static string? FromManifest(TomlTable document) =>
        document.TryGetValue("package", out var package) && package is TomlTable table
            && table.TryGetValue("license", out var value) && value is string text && !string.IsNullOrWhiteSpace(text)
            ? text.Trim()
            : null;
}
