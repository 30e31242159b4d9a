namespace Sightline.Analysis.CSharp;

/// <summary>Test code by path, for files outside a test project: a test/tests folder or a *Tests.cs name.</summary>
internal static class TestConventions
{
    public static bool IsTestPath(string path)
    {
        var parts = path.Split('/');
        for (var i = 0; i < parts.Length - 1; i++)
        {
            if (parts[i].Equals("test", StringComparison.OrdinalIgnoreCase) || parts[i].Equals("tests", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return parts[^1].EndsWith("Tests.cs", StringComparison.OrdinalIgnoreCase);
    }
}
