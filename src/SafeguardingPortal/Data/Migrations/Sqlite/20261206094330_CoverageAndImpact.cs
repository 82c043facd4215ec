using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SafeguardingPortal.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CoverageAndImpact : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ChannelCounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChannelCounts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CoverageSnapshots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MonthEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Population = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    HeadCount = table.Column<int>(type: "INTEGER", nullable: true),
                    Accounts = table.Column<int>(type: "INTEGER", nullable: false),
                    Pledged = table.Column<int>(type: "INTEGER", nullable: false),
                    Trained = table.Column<int>(type: "INTEGER", nullable: false),
                    Briefed = table.Column<int>(type: "INTEGER", nullable: false),
                    TakenAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoverageSnapshots", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ChannelCounts_Day_Channel_Stage",
                table: "ChannelCounts",
                columns: new[] { "Day", "Channel", "Stage" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CoverageSnapshots_MonthEnd_Population",
                table: "CoverageSnapshots",
                columns: new[] { "MonthEnd", "Population" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChannelCounts");

            migrationBuilder.DropTable(
                name: "CoverageSnapshots");
        }
    }
}
