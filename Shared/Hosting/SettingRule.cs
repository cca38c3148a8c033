namespace LaserGrains.Shared.Hosting;

/// <summary>Checks one setting's text: null when it is usable, else what is wrong, written to follow "it" (e.g. "must be …").</summary>
public delegate string? SettingRule(string value);
