using Sightline.Analysis.JavaScript.Walk;

namespace Sightline.Analysis.JavaScript.TypeScript;

/// <summary>Placeholder until the TypeScript stripper lands.</summary>
internal static class SourceRewriter
{
    public static string Rewrite(string text, bool typeScript, bool jsx, Budget budget, out IReadOnlySet<int> synthetic)
    {
        _ = typeScript;
        _ = jsx;
        _ = budget;
        synthetic = new HashSet<int>();
        return text;
    }
}
