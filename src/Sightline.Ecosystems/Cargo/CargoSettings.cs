namespace Sightline.Ecosystems.Cargo;

/// <summary>
/// Options for Cargo extraction. <see cref="RegistrySources"/> is Cargo's unpacked-sources folder
/// (<c>$CARGO_HOME/registry/src</c>, what <c>cargo build</c> fills); when set, each registry crate's own Cargo.toml
/// there gives its declared licence, which Cargo.lock does not record. Null: licences only from what the
/// repository itself states.
/// </summary>
public sealed record CargoSettings(string? RegistrySources)
{
    /// <summary>No folder: nothing is read beyond the repository.</summary>
    public static CargoSettings None { get; } = new((string?)null);

    /// <summary>The machine's sources folder: $CARGO_HOME/registry/src, else ~/.cargo/registry/src, if it exists.</summary>
    public static CargoSettings Default()
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("CARGO_HOME") is { Length: > 0 } configured)
        {
            candidates.Add(Path.Combine(configured, "registry", "src"));
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length > 0)
        {
            candidates.Add(Path.Combine(home, ".cargo", "registry", "src"));
        }

        return new CargoSettings(candidates.FirstOrDefault(Directory.Exists));
    }
}
