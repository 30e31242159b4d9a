using System.Text;
using Sightline.Core.Code;
using Sightline.Core.Repositories;

namespace Sightline.Analysis.JavaScript.Linking;

/// <summary>Which files are analysed, which are tests, and reading them as text whatever their bytes.</summary>
internal static class SourceFiles
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly string[] InstalledFolders = ["node_modules", "bower_components", "jspm_packages"];
    private static readonly string[] TestFolders = ["__tests__", "test", "tests"];

    public static bool IsTypeScript(string path) =>
        path.EndsWith(".ts", StringComparison.Ordinal) || path.EndsWith(".tsx", StringComparison.Ordinal)
        || path.EndsWith(".mts", StringComparison.Ordinal) || path.EndsWith(".cts", StringComparison.Ordinal);

    /// <summary>JSX is expected in .jsx and .tsx, and tolerated in .js (React projects write it there too).</summary>
    public static bool MayHaveJsx(string path) =>
        path.EndsWith(".jsx", StringComparison.Ordinal) || path.EndsWith(".tsx", StringComparison.Ordinal) || path.EndsWith(".js", StringComparison.Ordinal);

    /// <summary>Test code by the usual conventions: *.test.*, *.spec.*, and files under __tests__/, test/ or tests/.</summary>
    public static bool IsTest(string path)
    {
        var segments = path.Split('/');
        var name = segments[^1];
        return name.Contains(".test.", StringComparison.Ordinal) || name.Contains(".spec.", StringComparison.Ordinal)
            || segments[..^1].Any(s => TestFolders.Contains(s, StringComparer.Ordinal));
    }

    /// <summary>Why a file is not analysed by its name alone, or null.</summary>
    public static string? SkipByName(string path)
    {
        var segments = path.Split('/');
        if (segments[..^1].Any(s => InstalledFolders.Contains(s, StringComparer.Ordinal)))
        {
            return "installed package (node_modules), not the repository's code";
        }

        var name = segments[^1];
        if (name.EndsWith(".d.ts", StringComparison.Ordinal) || name.EndsWith(".d.mts", StringComparison.Ordinal) || name.EndsWith(".d.cts", StringComparison.Ordinal))
        {
            return "TypeScript declaration file: types only, no code";
        }

        return name.Contains(".min.", StringComparison.Ordinal) ? "minified file (.min.)" : null;
    }

    /// <summary>Reads a file as UTF-8; invalid bytes become U+FFFD with a warning. Null text: skipped, with the reason.</summary>
    public static (string? Text, string? Skipped) Read(IRepositoryFiles repository, string path, JavaScriptAnalyserOptions options, List<CodeWarning> warnings)
    {
        byte[] bytes;
        try
        {
            using var stream = repository.OpenRead(path);
            if (stream.CanSeek && stream.Length > options.MaxFileBytes)
            {
                return (null, Oversized(stream.Length, options));
            }

            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            if (buffer.Length > options.MaxFileBytes)
            {
                return (null, Oversized(buffer.Length, options));
            }

            bytes = buffer.ToArray();
        }
        catch (Exception ex) when (ex is RepositoryFileException or IOException or UnauthorizedAccessException)
        {
            return (null, "cannot be read: " + ex.Message);
        }

        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        string text;
        try
        {
            text = Strict.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException ex)
        {
            text = Encoding.UTF8.GetString(bytes, start, bytes.Length - start);
            warnings.Add(new CodeWarning($"{path}: invalid UTF-8 at byte {ex.Index}; decoded with replacement characters"));
        }

        if (text.Length > 4096 && text.Length / Math.Max(1, text.Count(c => c == '\n') + 1) > options.MinifiedLineLength)
        {
            return (null, $"minified or bundled code (lines average over {options.MinifiedLineLength} characters)");
        }

        return (text, null);
    }

    private static string Oversized(long length, JavaScriptAnalyserOptions options) =>
        $"file is {length / 1024} KiB, over the {options.MaxFileBytes / 1024} KiB limit for source files (bundled, minified or generated code); not analysed";
}
