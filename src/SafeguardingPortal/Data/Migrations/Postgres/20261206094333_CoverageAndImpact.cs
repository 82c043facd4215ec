using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SafeguardingPortal.Data.Migrations.Postgres
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Channel = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Stage = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChannelCounts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CoverageSnapshots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MonthEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    Population = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    HeadCount = table.Column<int>(type: "integer", nullable: true),
                    Accounts = table.Column<int>(type: "integer", nullable: false),
                    Pledged = table.Column<int>(type: "integer", nullable: false),
                    Trained = table.Column<int>(type: "integer", nullable: false),
                    Briefed = table.Column<int>(type: "integer", nullable: false),
                    TakenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
