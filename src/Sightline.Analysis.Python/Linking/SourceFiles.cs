using System.Text;
using Sightline.Core.Code;
using Sightline.Core.Repositories;

namespace Sightline.Analysis.Python.Linking;

/// <summary>Which files are analysed, which are tests, and reading them as text whatever their bytes.</summary>
internal static class SourceFiles
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly string[] InstalledFolders = [".venv", "venv", "site-packages", "__pycache__", ".tox", ".nox"];
    private static readonly string[] TestFolders = ["test", "tests"];

    /// <summary>pytest and unittest conventions: test_*.py, *_test.py, conftest.py, files under test/ or tests/.</summary>
    public static bool IsTest(string path)
    {
        var segments = path.Split('/');
        var name = segments[^1];
        return name.StartsWith("test_", StringComparison.Ordinal) || name.EndsWith("_test.py", StringComparison.Ordinal)
            || name == "conftest.py" || segments[..^1].Any(s => TestFolders.Contains(s, StringComparer.Ordinal));
    }

    /// <summary>Why a file is not analysed by its path alone, or null.</summary>
    public static string? SkipByName(string path) =>
        path.Split('/')[..^1].Any(s => InstalledFolders.Contains(s, StringComparer.Ordinal))
            ? "installed packages (virtualenv, site-packages), not the repository's code"
            : null;

    /// <summary>Reads a file as UTF-8; invalid bytes become U+FFFD with a warning. Null text: skipped, with the reason.</summary>
    public static (string? Text, string? Skipped) Read(IRepositoryFiles repository, string path, long maxBytes, List<CodeWarning> warnings)
    {
        byte[] bytes;
        try
        {
            using var stream = repository.OpenRead(path);
            if (stream.CanSeek && stream.Length > maxBytes)
            {
                return (null, Oversized(stream.Length, maxBytes));
            }

            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            if (buffer.Length > maxBytes)
            {
                return (null, Oversized(buffer.Length, maxBytes));
            }

            bytes = buffer.ToArray();
        }
        catch (Exception ex) when (ex is RepositoryFileException or IOException or UnauthorizedAccessException)
        {
            return (null, "cannot be read: " + ex.Message);
        }

        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return (Strict.GetString(bytes, start, bytes.Length - start), null);
        }
        catch (DecoderFallbackException ex)
        {
            warnings.Add(new CodeWarning($"invalid UTF-8 at byte {ex.Index}; decoded with replacement characters"));
            return (Encoding.UTF8.GetString(bytes, start, bytes.Length - start), null);
        }
    }

    private static string Oversized(long length, long maxBytes) =>
        $"file is {length / 1024} KiB, over the {maxBytes / 1024} KiB limit for source files (generated code); not analysed";
}
