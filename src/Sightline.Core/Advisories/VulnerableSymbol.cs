namespace Sightline.Core.Advisories;

/// <summary>
/// A function or method an advisory names as vulnerable. <see cref="FullName"/> is what the reachability engine
/// compares, by plain string equality, with a call's fully qualified callee: <see cref="Path"/> + "." +
/// <see cref="Symbol"/> ("lodash.merge", "org.apache.logging.log4j.Logger.info",
/// "golang.org/x/net/http2.Server.ServeConn"). Two spellings of one method give one FullName.
/// </summary>
/// <param name="FullName">Path + "." + Symbol; the path alone for an npm default export; path + ".*" for any use.</param>
/// <param name="Path">The imports[] path as written, or the Rust path with "::" turned into ".".</param>
/// <param name="Symbol">The symbol as written ("Logger.info"), <see cref="AnySymbol"/> or <see cref="DefaultExport"/>.</param>
/// <param name="Ecosystem">The affected package's ecosystem; null when this build does not support it.</param>
/// <param name="PackageName">The affected package whose versions decide whether the symbol is vulnerable.</param>
/// <param name="Source">Where the symbol came from: "imports", "rustsec" or "overlay:&lt;file&gt;".</param>
public sealed record VulnerableSymbol(string FullName, string Path, string Symbol, Model.Ecosystem? Ecosystem, string PackageName, string Source)
{
    /// <summary>The symbol of an imports[] entry that lists no symbols: any use of the path is vulnerable.</summary>
    public const string AnySymbol = "*";

    /// <summary>npm: the package's default export, called by its bare name ("minimist"); FullName is the path.</summary>
    public const string DefaultExport = "default";

    /// <summary>True when any call into <see cref="Path"/> counts: the engine matches callees that start with Path + ".".</summary>
    public bool IsAnyUse => Symbol == AnySymbol;
}
