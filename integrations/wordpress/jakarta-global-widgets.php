<?php
/**
 * Plugin Name:       Jakarta Global Widgets
 * Plugin URI:        https://github.com/jakarta-global-widgets/jakarta-global-widgets
 * Description:       The sister-city map, partner list, cooperation counter and programme cards about Jakarta's international cooperation, as a shortcode and a block that every author can place. Rendered on the server; the widgets' files are served from this plugin.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       jakarta-global-widgets
 * Domain Path:       /languages
 *
 * [jakarta_widget type="sister-city-map" region="asia" lang="id"]
 *
 * Attributes are checked against each element's own whitelist
 * (includes/whitelist.json, written by the build from the gallery's); an
 * invalid value is left out (the element's default applies) and named to
 * users who can edit posts. No inline style or script is written, so a
 * strict Content-Security-Policy holds.
 */

defined( 'ABSPATH' ) || exit;

define( 'JGW_PLUGIN_VERSION', '0.1.0' );
define( 'JGW_PLUGIN_FILE', __FILE__ );
define( 'JGW_PLUGIN_DIR', __DIR__ );

require_once __DIR__ . '/includes/render.php';

add_action( 'init', 'jgw_init' );

/** Registers the shortcode, the block and the translations. */
function jgw_init() {
	load_plugin_textdomain( 'jakarta-global-widgets', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
	add_shortcode( JGW_SHORTCODE, 'jgw_shortcode' );
	register_block_type(
		__DIR__ . '/block',
		array( 'render_callback' => 'jgw_render_block' )
	);
	// The editor script's strings (languages/jakarta-global-widgets-<locale>-<handle>.json).
	wp_set_script_translations( 'jakarta-global-widgets-widget-editor-script', 'jakarta-global-widgets', __DIR__ . '/languages' );
}
