namespace Sightline.Ecosystems.Go;

/// <summary>
/// Options for Go extraction. <see cref="ModuleCache"/> is a Go module cache folder (GOMODCACHE); when set,
/// the go.mod files it holds (cache/download/&lt;module&gt;/@v/&lt;version&gt;.mod) give the edges between
/// dependencies that a project's go.mod does not record. Null: no edges between dependencies.
/// </summary>
public sealed record GoSettings(string? ModuleCache)
{
    /// <summary>The machine's module cache: $GOMODCACHE, else $GOPATH/pkg/mod, else ~/go/pkg/mod, if it exists.</summary>
    public GoSettings()
        : this(DefaultModuleCache())
    {
    }

    private static string? DefaultModuleCache()
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("GOMODCACHE") is { Length: > 0 } modCache)
        {
            candidates.Add(modCache);
        }
        else
        {
            if (Environment.GetEnvironmentVariable("GOPATH") is { Length: > 0 } goPath)
            {
                candidates.Add(Path.Combine(goPath.Split(Path.PathSeparator)[0], "pkg", "mod"));
            }

            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            if (home.Length > 0)
            {
                candidates.Add(Path.Combine(home, "go", "pkg", "mod"));
            }
        }

        return candidates.FirstOrDefault(Directory.Exists);
    }
}
