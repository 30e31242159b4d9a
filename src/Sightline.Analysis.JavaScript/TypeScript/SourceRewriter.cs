using Sightline.Analysis.JavaScript.Walk;

namespace Sightline.Analysis.JavaScript.TypeScript;

/// <summary>What the parser reads: JSX rewritten and TypeScript types blanked, every offset where it was.</summary>
internal static class SourceRewriter
{
    public static string Rewrite(string text, bool typeScript, bool jsx, Budget budget, out IReadOnlySet<int> synthetic)
    {
        if (!typeScript && !(jsx && text.Contains('<', StringComparison.Ordinal)))
        {
            synthetic = new HashSet<int>();
            return text;
        }

        var (tokens, output, parens) = Scanner.Scan(text, jsx, budget);
        if (typeScript)
        {
            TypeStripper.Strip(tokens, output, budget);
        }

        synthetic = parens;
        return new string(output);
    }
}
