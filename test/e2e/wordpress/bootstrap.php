<?php
/**
 * Loads the few files of Debian's `wordpress` package (WordPress 6.1, under
 * /usr/share/wordpress) that the tests need: hooks, formatting, kses, oEmbed
 * filtering, shortcodes, blocks and scripts. No database, no network: the
 * functions that would read options are stubbed below with WordPress's
 * defaults for a site at https://wp.example/.
 *
 * A later WordPress (WP_DIR, e.g. a WordPress Playground build of 6.5 or
 * 6.7) loads the same, with the files those functions need there (marked
 * "?" below, loaded where they exist): its translations classes, the
 * HTML API, block bindings, and script modules (6.5), whose hooks are added
 * as wp-settings.php adds them.
 *
 *   WP_DIR=/usr/share/wordpress php -d display_errors=stderr <script that requires this>
 */
error_reporting( E_ALL );
ini_set( 'display_errors', 'stderr' );

define( 'ABSPATH', rtrim( getenv( 'WP_DIR' ) ?: '/usr/share/wordpress', '/' ) . '/' );
define( 'WPINC', 'wp-includes' );
define( 'WP_CONTENT_DIR', ABSPATH . 'wp-content' );
define( 'WP_PLUGIN_DIR', getenv( 'JGW_PLUGIN_DIR' ) ?: WP_CONTENT_DIR . '/plugins' );
define( 'WP_CONTENT_URL', 'https://wp.example/wp-content' );
define( 'WP_PLUGIN_URL', WP_CONTENT_URL . '/plugins' );
define( 'WPMU_PLUGIN_DIR', WP_CONTENT_DIR . '/mu-plugins' );
define( 'WP_DEBUG', true );
define( 'SCRIPT_DEBUG', false );
define( 'WP_LANG_DIR', WP_CONTENT_DIR . '/languages' );

if ( ! is_file( ABSPATH . WPINC . '/kses.php' ) ) {
	fwrite( STDERR, 'WordPress not found in ' . ABSPATH . " (apt-get install wordpress)\n" );
	exit( 2 );
}

$GLOBALS['wp_options'] = array(
	'siteurl'         => 'https://wp.example',
	'home'            => 'https://wp.example',
	'blog_charset'    => 'UTF-8',
	'WPLANG'          => '',
	'active_plugins'  => array(),
	'use_smilies'     => false,
);

/** The options table, answered from $wp_options: unknown options are "not set". */
class JGW_Test_WPDB {
	public $options = 'wp_options';
	public function prepare( $query, ...$args ) {
		return $query;
	}
	public function get_row( ...$args ) {
		return null;
	}
	public function get_results( ...$args ) {
		return array();
	}
	public function get_var( ...$args ) {
		return null;
	}
}
$GLOBALS['wpdb'] = new JGW_Test_WPDB();

function wp_cache_get( $key, $group = '', $force = false, &$found = null ) {
	$found = 'options' === $group && 'alloptions' === $key;
	return $found ? $GLOBALS['wp_options'] : false;
}
function wp_cache_set( $key, $data, $group = '', $expire = 0 ) {
	return true;
}
function wp_cache_add( $key, $data, $group = '', $expire = 0 ) {
	return true;
}
function wp_cache_delete( $key, $group = '' ) {
	return true;
}

foreach ( array(
	'version.php',
	'load.php',
	'compat.php',
	'plugin.php',
	'class-wp-error.php',
	'functions.php',
	'formatting.php',
	'kses.php',
	'pomo/translations.php',
	'pomo/mo.php',
	'?l10n/class-wp-translation-controller.php',
	'?l10n/class-wp-translations.php',
	'?l10n/class-wp-translation-file.php',
	'?l10n/class-wp-translation-file-mo.php',
	'?l10n/class-wp-translation-file-php.php',
	'l10n.php',
	'class-wp-textdomain-registry.php',
	'link-template.php',
	'general-template.php',
	'theme.php',
	'shortcodes.php',
	'?class-wp-token-map.php',
	'?html-api/html5-named-character-references.php',
	'?html-api/class-wp-html-attribute-token.php',
	'?html-api/class-wp-html-span.php',
	'?html-api/class-wp-html-text-replacement.php',
	'?html-api/class-wp-html-decoder.php',
	'?html-api/class-wp-html-tag-processor.php',
	'?html-api/class-wp-html-unsupported-exception.php',
	'?class-wp-block-bindings-source.php',
	'?class-wp-block-bindings-registry.php',
	'?block-bindings.php',
	'?class-wp-block-parser-block.php',
	'?class-wp-block-parser-frame.php',
	'class-wp-block-parser.php',
	'class-wp-block-type.php',
	'class-wp-block-type-registry.php',
	'class-wp-block-styles-registry.php',
	'class-wp-block-list.php',
	'class-wp-block.php',
	'class-wp-block-supports.php',
	'blocks.php',
	'script-loader.php', // with the dependencies, scripts and styles classes and functions
	'?class-wp-script-modules.php',
	'?script-modules.php',
	'rest-api.php',
	'class-wp-oembed.php',
	'embed.php',
	'pluggable.php',
) as $file ) {
	// '?': a later WordPress's file, loaded where it exists.
	$later = '?' === $file[0];
	$file  = ltrim( $file, '?' );
	if ( ! $later || is_file( ABSPATH . WPINC . '/' . $file ) ) {
		require_once ABSPATH . WPINC . '/' . $file;
	}
}
if ( function_exists( 'wp_script_modules' ) ) {
	if ( ! class_exists( 'WP_Theme' ) ) {
		/** The site's theme, as wp_get_theme() gives it: a classic theme (script modules print in the footer). */
		class WP_Theme {
			public function __construct( ...$args ) {}
			public function is_block_theme() {
				return false;
			}
		}
	}
	wp_script_modules()->add_hooks();
}

$GLOBALS['wp_textdomain_registry'] = new WP_Textdomain_Registry();
$GLOBALS['wp_plugin_paths']        = array();

// The few hooks of wp-includes/default-filters.php that these functions rely on.
add_filter( 'wp_sprintf', 'wp_sprintf_l', 10, 2 );
