using Sightline.Core.Findings;

namespace Sightline.Reports;

/// <summary>
/// Finds the line where a finding should be shown: the declaration of the direct dependency to bump in
/// the manifest, else the package's entry in the lockfile, else line 1. Reads the indexed files again;
/// a file that has changed or vanished since indexing just yields line 1.
/// </summary>
public static class ManifestLocator
{
    private const long MaxBytes = 256L * 1024 * 1024;

    public static (string File, int Line) Locate(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var direct = NameOf(finding.DirectDependency) ?? finding.Package;
        if (FindLine(finding.RepositoryLocation, finding.Manifest, direct) is { } manifestLine)
        {
            return (finding.Manifest, manifestLine);
        }

        if (finding.Lockfile is { } lockfile && FindLine(finding.RepositoryLocation, lockfile, finding.Package) is { } lockLine)
        {
            return (lockfile, lockLine);
        }

        return (finding.Manifest, 1);
    }

    /// <summary>"@scope/name@1.2.3" → "@scope/name".</summary>
    private static string? NameOf(string? label)
    {
        if (label is null)
        {
            return null;
        }

        var at = label.LastIndexOf('@');
        return at > 0 ? label[..at] : label;
    }

    private static int? FindLine(string? root, string relative, string package)
    {
        if (root is null)
        {
            return null;
        }

        var path = Path.Combine(root, relative);
        var info = new FileInfo(path);
        if (!info.Exists || info.LinkTarget is not null || info.Length > MaxBytes)
        {
            return null;
        }

        var matches = Matcher(Path.GetFileName(relative), package);
        using var reader = new StreamReader(path);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (matches(line.TrimStart()))
            {
                return number;
            }
        }

        return null;
    }

    /// <summary>A test for the line that declares or locks <paramref name="package"/>, per file format.</summary>
    private static Func<string, bool> Matcher(string fileName, string package)
    {
        bool Starts(string line, string prefix) => line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
        return fileName switch
        {
            "package-lock.json" or "npm-shrinkwrap.json" => line => line.Contains($"\"node_modules/{package}\"", StringComparison.Ordinal),
            "package.json" => line => Starts(line, $"\"{package}\":"),
            "yarn.lock" => line => Starts(line, package + "@") || Starts(line, $"\"{package}@"),
            "pnpm-lock.yaml" => line => Starts(line, $"/{package}@") || Starts(line, $"{package}@") || Starts(line, $"'{package}@") || Starts(line, $"'/{package}@") || Starts(line, $"{package}:"),
            "packages.lock.json" => line => Starts(line, $"\"{package}\": {{"),
            "packages.config" => line => line.Contains($"id=\"{package}\"", StringComparison.OrdinalIgnoreCase),
            _ => line => line.Contains($"Include=\"{package}\"", StringComparison.OrdinalIgnoreCase) || line.Contains($"Update=\"{package}\"", StringComparison.OrdinalIgnoreCase),
        };
    }
}
