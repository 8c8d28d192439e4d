<?php
/**
 * Loads the built plugin (dist-wordpress/jakarta-global-widgets/) into the
 * WordPress of bootstrap.php, runs `init`, and renders each case of the JSON
 * read from stdin through WordPress's own functions:
 *   { "locale": "id_ID", "cases": [ { "shortcode": "[jakarta_widget …]" } | { "block": "<!-- wp:… /-->" } | { "atts": {…} } ],
 *     "posts": [ "<post content>", … ] (default: one post with the cases), "admin": true (the block editor) }
 * Prints JSON: for each case its `html` (do_shortcode / do_blocks) and
 * `problems` (jgw_render_widget's messages), and the scripts and styles
 * WordPress prints in the `<head>` (before the content) and the footer.
 *
 *   JGW_PLUGIN_DIR=dist-wordpress php plugin.php < cases.json
 */
$input = json_decode( stream_get_contents( STDIN ), true );
if ( ! empty( $input['admin'] ) ) {
	define( 'WP_ADMIN', true ); // an admin screen (the block editor): is_admin()
}
require __DIR__ . '/bootstrap.php';
if ( ! empty( $input['admin'] ) && ! function_exists( '_wp_get_current_user' ) ) {
	/** The editor (an admin screen asks for the user's locale): `userLocale`, else none (the site's). */
	function _wp_get_current_user() {
		global $input;
		return empty( $input['userLocale'] ) ? false : (object) array( 'locale' => $input['userLocale'] );
	}
}

$GLOBALS['wp_options']['WPLANG'] = isset( $input['locale'] ) ? $input['locale'] : '';
if ( ! empty( $input['locale'] ) ) {
	$GLOBALS['locale'] = $input['locale'];
}

require WP_PLUGIN_DIR . '/jakarta-global-widgets/jakarta-global-widgets.php';
do_action( 'init' );

// The page as a classic theme prints it: the query's posts (by default one post holding the cases'
// shortcodes and blocks; `"posts": []` for widgets outside the posts, e.g. a sidebar), then
// `wp_enqueue_scripts` and the `<head>` (`head`), then the content, then the footer (`footer`:
// late styles, footer scripts).
$posts = isset( $input['posts'] ) ? $input['posts'] : array(
	implode(
		"\n",
		array_map(
			function ( $c ) {
				return isset( $c['shortcode'] ) ? $c['shortcode'] : ( isset( $c['block'] ) ? $c['block'] : '' );
			},
			$input['cases']
		)
	),
);
$GLOBALS['wp_query'] = (object) array(
	'posts' => array_map(
		function ( $content ) {
			return (object) array( 'post_content' => $content );
		},
		$posts
	),
);
do_action( ! empty( $input['admin'] ) ? 'enqueue_block_assets' : 'wp_enqueue_scripts' );
$out = array( 'cases' => array() );
ob_start();
wp_styles()->do_items();
wp_scripts()->do_head_items();
$out['head'] = ob_get_clean();

foreach ( $input['cases'] as $case ) {
	$problems = array();
	if ( isset( $case['shortcode'] ) ) {
		$html = do_shortcode( $case['shortcode'] );
		preg_match( '/\[jakarta_widget(.*?)\]/s', $case['shortcode'], $m );
		jgw_render_widget( shortcode_parse_atts( isset( $m[1] ) ? $m[1] : '' ), $problems );
	} elseif ( isset( $case['block'] ) ) {
		$html = do_blocks( $case['block'] );
		$blocks = parse_blocks( $case['block'] );
		jgw_render_widget( isset( $blocks[0]['attrs'] ) ? $blocks[0]['attrs'] + array( 'type' => 'cooperation-counter' ) : array(), $problems );
	} else {
		$html = jgw_render_widget( $case['atts'], $problems );
	}
	$out['cases'][] = array( 'html' => $html, 'problems' => $problems );
}

ob_start();
wp_styles()->do_items(); // print_late_styles(): what was enqueued after the head
wp_scripts()->do_footer_items();
// Script modules (WordPress 6.5 and later): what their hooks print, on the site and (from 6.7) in the admin.
do_action( ! empty( $input['admin'] ) ? 'admin_print_footer_scripts' : 'wp_footer' );
$out['footer'] = ob_get_clean();
$out['block_registered'] = WP_Block_Type_Registry::get_instance()->is_registered( 'jakarta-global-widgets/widget' );
$out['shortcode_registered'] = shortcode_exists( 'jakarta_widget' );
$out['translated'] = __( 'Widget settings', 'jakarta-global-widgets' );
$out['editor_translations'] = load_script_textdomain( 'jakarta-global-widgets-widget-editor-script', 'jakarta-global-widgets', WP_PLUGIN_DIR . '/jakarta-global-widgets/languages' );
$out['block_title'] = WP_Block_Type_Registry::get_instance()->get_registered( 'jakarta-global-widgets/widget' )->title;
echo json_encode( $out, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE ), "\n";
