using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Sightline.Analysis.CSharp.Tests;

/// <summary>
/// A local NuGet package folder holding one real assembly, compiled here with Roslyn: Acme.Crypto 1.2.0,
/// laid out as acme.crypto/1.2.0/lib/net8.0/Acme.Crypto.dll, so binding through metadata is tested
/// without any downloaded package.
/// </summary>
public sealed class AcmePackageFixture : IDisposable
{
    private const string Source = """
        namespace Acme.Crypto;

        public static class Hasher
        {
            public static string Hash(string text) => text;

            public static Digester Create() => new();
        }

        public sealed class Digester
        {
            public string Digest(string text) => text;
        }

        public static class StringExtensions
        {
            public static string Sanitize(this string text) => text;
        }
        """;

    public AcmePackageFixture()
    {
        Folder = Path.Combine(Path.GetTempPath(), "sightline-cs-packages-" + Guid.NewGuid().ToString("N"));
        var lib = Directory.CreateDirectory(Path.Combine(Folder, "acme.crypto", "1.2.0", "lib", "net8.0")).FullName;
        Directory.CreateDirectory(Path.Combine(Folder, "acme.crypto", "1.2.0", "lib", "netstandard2.0"));
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll")
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create(
            "Acme.Crypto",
            [CSharpSyntaxTree.ParseText(Source)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var result = compilation.Emit(Path.Combine(lib, "Acme.Crypto.dll"));
        if (!result.Success)
        {
            throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        }
    }

    public string Folder { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
