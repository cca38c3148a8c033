using System.ComponentModel.DataAnnotations;

namespace LaserGrains.Shared.Hosting;

/// <summary>The PostgreSQL database everything shares: Orleans tables, the catalog, the receiver.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    [Required(ErrorMessage = "Database:ConnectionString (env LG_DB) is required.")]
    public string ConnectionString { get; set; } = "Host=127.0.0.1;Port=55432;Database=lasergrains;Username=lasergrains;Password=lasergrains";
}
